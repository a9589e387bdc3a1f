import type { PageContext } from '@/lib/schema';
import type { TabInvite, TabState } from '@/lib/panel-data/tab-state';

export { inviteOf, type TabInvite, type TabState } from '@/lib/panel-data/tab-state';

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
    const sameMessage = prev.context?.messageId === context.messageId && prev.context.url === context.url;
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
