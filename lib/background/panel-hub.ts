import { liveQuery, type Subscription } from 'dexie';
import type { Browser } from 'wxt/browser';

import type { AppDB } from '@/lib/db/app-db';
import { computeView } from '@/lib/panel-data/compute-view';
import { PANEL_WAKE, type PanelPortMessage } from '@/lib/messaging/worker-to-panel';
import type { TabStates } from './tab-state';

/**
 * Keeps one live query per connected panel and pushes each new view down its port. The panel
 * never opens IndexedDB (it cannot, inside a web page's iframe): this is its data service.
 */
export class PanelHub {
  private ports = new Map<number, Set<Browser.runtime.Port>>();
  private subs = new Map<number, Subscription>();

  constructor(
    private db: AppDB,
    private tabs: TabStates,
    /**
     * Asks panels without a port to connect (components/panel/use-panel-view.ts): a broadcast,
     * since a freshly started worker knows no panel until one connects.
     */
    private wakePanels: () => void = () => void browser.runtime.sendMessage(PANEL_WAKE).catch(() => undefined),
  ) {
    tabs.onChange((tabId) => this.refresh(tabId));
  }

  connect(port: Browser.runtime.Port, tabId: number): void {
    const set = this.ports.get(tabId) ?? new Set();
    set.add(port);
    this.ports.set(tabId, set);
    port.onDisconnect.addListener(() => {
      set.delete(port);
      if (set.size === 0 && this.ports.get(tabId) === set) {
        this.ports.delete(tabId);
        this.subs.get(tabId)?.unsubscribe();
        this.subs.delete(tabId);
      }
    });
    this.refresh(tabId);
  }

  /** Stops serving the tab's panels (its page is gone): they are disconnected and get nothing more. */
  close(tabId: number): void {
    const set = this.ports.get(tabId);
    this.ports.delete(tabId);
    this.subs.get(tabId)?.unsubscribe();
    this.subs.delete(tabId);
    for (const port of set ?? []) {
      try {
        port.disconnect();
      } catch {
        // Already gone.
      }
    }
  }

  private refresh(tabId: number): void {
    if (!this.ports.has(tabId)) {
      // A new subject for a tab whose panel lost its port when the browser stopped the previous
      // worker: the panel connects again, and the gate asks the page for its mount (panel-port.ts).
      this.wakePanels();
      return;
    }
    this.subs.get(tabId)?.unsubscribe();
    const state = this.tabs.get(tabId);
    const sub = liveQuery(() => computeView(this.db, state)).subscribe({
      next: (view) => this.post(tabId, { type: 'view', view }),
      error: (e: unknown) => this.post(tabId, { type: 'error', message: e instanceof Error ? e.message : String(e) }),
    });
    this.subs.set(tabId, sub);
  }

  private post(tabId: number, msg: PanelPortMessage): void {
    for (const port of this.ports.get(tabId) ?? []) {
      try {
        port.postMessage(msg);
      } catch {
        // The panel went away between the query and the post; its disconnect handler cleans up.
      }
    }
  }
}
