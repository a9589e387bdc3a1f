import type { IcsInvite } from '@/lib/io/ics-parse';
import type { PageContext } from '@/lib/schema';

/** An invitation read from the page (`url` is the PageContext.inviteUrl it was fetched from). */
export interface TabInvite {
  url: string;
  invite: IcsInvite;
}

/** Per-tab state the background keeps for the panels: the page's context, a manual pin, an invitation. */
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

type Listener = (tabId: number, state: TabState) => void;

/**
 * In-memory per-tab state with change listeners. A service worker restart loses it; the content
 * script re-sends its context when the panel reconnects, so nothing is stored for long.
 */
export class TabStates {
  private states = new Map<number, TabState>();
  private listeners = new Set<Listener>();

  get(tabId: number): TabState {
    return this.states.get(tabId) ?? { pinnedAccountId: null };
  }

  setContext(tabId: number, context: PageContext): void {
    const prev = this.get(tabId);
    const sameMessage = prev.context?.messageId === context.messageId && prev.context?.url === context.url;
    // A manual pin belongs to the message it was made on; a new message clears it.
    this.update(tabId, { context, pinnedAccountId: sameMessage ? prev.pinnedAccountId : null, invite: prev.invite });
  }

  /** Stores an invitation; it may arrive before or after the context naming its URL. */
  setInvite(tabId: number, invite: TabInvite): void {
    this.update(tabId, { ...this.get(tabId), invite });
  }

  pin(tabId: number, accountId: string | null): void {
    this.update(tabId, { ...this.get(tabId), pinnedAccountId: accountId });
  }

  drop(tabId: number): void {
    this.states.delete(tabId);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(tabId: number, state: TabState): void {
    this.states.set(tabId, state);
    for (const l of this.listeners) l(tabId, state);
  }
}
