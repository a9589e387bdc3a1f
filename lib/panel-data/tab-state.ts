import type { IcsInvite } from '@/lib/io/ics-parse';
import type { PageContext } from '@/lib/schema';

/** An invitation read from the page (`url` is the PageContext.inviteUrl it was fetched from). */
export interface TabInvite {
  url: string;
  invite: IcsInvite;
}

/**
 * Per-tab state the worker keeps for the panels: the page's context, a manual pin, an
 * invitation. Declared here, not beside the store in lib/background/tab-state.ts, because the
 * view is computed from it and lib/panel-data sits below lib/background.
 */
export interface TabState {
  context?: PageContext;
  pinnedAccountId: string | null;
  /** Kept by URL: it counts only while the context's inviteUrl names it (see inviteOf). */
  invite?: TabInvite;
}

/** The tab's invitation if it belongs to the message open now. */
export function inviteOf(state: TabState): IcsInvite | undefined {
  return state.invite && state.context?.inviteUrl === state.invite.url ? state.invite.invite : undefined;
}
