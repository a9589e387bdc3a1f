import { liveQuery, type Subscription } from 'dexie';
import type { Browser } from 'wxt/browser';

import type { AppDB } from '@/lib/db/app-db';
import { computeView } from '@/lib/panel-data/compute-view';
import { PANEL_WAKE, type PanelPortMessage } from '@/lib/messaging/worker-to-panel';
import type { TabStates } from './tab-state';
import { benchMark } from '@/lib/time/bench-mark';

/**
 * How long a view read for a tab whose panel has no port yet waits for that panel to connect
 * (as long as the gate waits for the page's mount, lib/background/panel-port.ts).
 */
const UNCLAIMED_MS = 5000;

/**
 * Keeps one live query per connected panel and pushes each new view down its port. The panel
 * never opens IndexedDB (it cannot, inside a web page's iframe): this is its data service.
 */
export class PanelHub {
  private ports = new Map<number, Set<Browser.runtime.Port>>();
  private subs = new Map<number, Subscription>();
  /** The latest message of each tab's live query, for a panel that connects after it was read. */
  private latest = new Map<number, PanelPortMessage>();
  /** Tabs whose live query runs before any panel connected, with the timer that ends it unclaimed. */
  private unclaimed = new Map<number, ReturnType<typeof setTimeout>>();

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
    benchMark('worker-serve');
    const set = this.ports.get(tabId) ?? new Set();
    set.add(port);
    this.ports.set(tabId, set);
    port.onDisconnect.addListener(() => {
      set.delete(port);
      if (set.size === 0 && this.ports.get(tabId) === set) {
        this.ports.delete(tabId);
        this.stop(tabId);
      }
    });
    const early = this.unclaimed.get(tabId);
    if (early !== undefined) {
      // The view was being read while the panel reconnected (a worker the page's new subject
      // started): serve it as it is, and the live query goes on for this port.
      clearTimeout(early);
      this.unclaimed.delete(tabId);
      const view = this.latest.get(tabId);
      if (view) this.post(tabId, view);
      return;
    }
    this.refresh(tabId);
  }

  /** Stops serving the tab's panels (its page is gone): they are disconnected and get nothing more. */
  close(tabId: number): void {
    const set = this.ports.get(tabId);
    this.ports.delete(tabId);
    this.stop(tabId);
    for (const port of set ?? []) {
      try {
        port.disconnect();
      } catch {
        // Already gone.
      }
    }
  }

  /** Ends the tab's live query: nothing of it stays in the worker (the bench checks its heap). */
  private stop(tabId: number): void {
    this.subs.get(tabId)?.unsubscribe();
    this.subs.delete(tabId);
    this.latest.delete(tabId);
    clearTimeout(this.unclaimed.get(tabId));
    this.unclaimed.delete(tabId);
  }

  private refresh(tabId: number): void {
    const serving = this.ports.has(tabId);
    this.stop(tabId);
    if (!serving) {
      // A new subject for a tab whose panel lost its port when the browser stopped the previous
      // worker: the panel connects again, and the gate asks the page for its mount (panel-port.ts).
      // The view is read meanwhile (this worker's first read also opens the database), so the
      // panel gets it as it connects; unclaimed, it is dropped.
      benchMark('worker-wake');
      this.wakePanels();
      this.unclaimed.set(
        tabId,
        setTimeout(() => {
          if (!this.ports.has(tabId)) this.stop(tabId);
        }, UNCLAIMED_MS),
      );
    }
    const state = this.tabs.get(tabId);
    benchMark('worker-query');
    const sub = liveQuery(() => computeView(this.db, state)).subscribe({
      next: (view) => {
        benchMark('worker-view');
        this.post(tabId, { type: 'view', view });
      },
      error: (e: unknown) => this.post(tabId, { type: 'error', message: e instanceof Error ? e.message : String(e) }),
    });
    this.subs.set(tabId, sub);
  }

  private post(tabId: number, msg: PanelPortMessage): void {
    this.latest.set(tabId, msg);
    for (const port of this.ports.get(tabId) ?? []) {
      try {
        port.postMessage(msg);
        benchMark('worker-posted');
      } catch {
        // The panel went away between the query and the post; its disconnect handler cleans up.
      }
    }
  }
}
