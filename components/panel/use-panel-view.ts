import { useEffect, useState } from 'react';
import { panelPortName, PanelPortMessage, PanelWake } from '@/lib/messaging/worker-to-panel';
import { panelToken } from './panel-token';
import { shareEqual } from './share-equal';
import type { PanelView } from '@/lib/schema/panel-view';
import { benchMark } from '@/lib/time/bench-mark';

/** What makes a panel without a port connect again: the user looking at it or reaching into it. */
const WAKE_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const;
/**
 * A wake can overtake the disconnect of the port the stopped worker held: a port that ends this
 * soon after a wake it ignored connects again at once.
 */
const WAKE_RACE_MS = 2000;

/**
 * The panel's live data: a port to the worker, which pushes a new view whenever the page's
 * context or the dossier changes. Same shape as useLiveQuery, without IndexedDB in the iframe.
 * Each message is parsed with its schema before use; one that does not parse is shown as an
 * error and the last good view stays. The port presents the mount's token; a panel the worker
 * does not serve (framed by a page other than the one Keyside mounted it in) is told so once,
 * shows no data and stops connecting.
 *
 * The browser stops an idle worker (about 30 s) and drops the port with it. The panel then keeps
 * its last view and does not reconnect by itself, which would start a worker every 30 s for as
 * long as the tab is open (docs/architecture.md, "The worker sleeps; let it"). It reconnects
 * when it is needed: the tab becomes visible, the user clicks, types or tabs into the panel, or
 * a worker that the page's content script woke with a new subject says so (`PanelWake`).
 */
export function usePanelView(): { view: PanelView | undefined; error: string | undefined; unbound: boolean } {
  const [view, setView] = useState<PanelView>();
  const [error, setError] = useState<string>();
  const [unbound, setUnbound] = useState(false);
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let closed = false;
    let wakeWhileConnectedAt = Number.NEGATIVE_INFINITY;
    const connect = () => {
      if (closed || port) return;
      benchMark('panel-connect');
      const p = browser.runtime.connect({ name: panelPortName(panelToken) });
      port = p;
      p.onMessage.addListener((raw: unknown) => {
        benchMark('panel-message');
        const parsed = PanelPortMessage.safeParse(raw);
        if (!parsed.success) {
          setError(`Malformed message from the background: ${parsed.error.issues[0]?.message ?? ''}`);
          return;
        }
        const m = parsed.data;
        if (m.type === 'unbound') {
          closed = true;
          setView(undefined);
          setUnbound(true);
        } else if (m.type === 'view') {
          // What did not change keeps its identity, so its memoised parts do not render again.
          setView((prev) => shareEqual(prev, m.view));
          setError(undefined);
        } else setError(m.message);
      });
      p.onDisconnect.addListener(() => {
        if (port !== p) return;
        port = undefined;
        const overtaken = performance.now() - wakeWhileConnectedAt < WAKE_RACE_MS;
        // Once only: a port refused at once must not turn this into a loop.
        wakeWhileConnectedAt = Number.NEGATIVE_INFINITY;
        if (overtaken) connect();
      });
    };
    const wake = () => connect();
    const onVisible = () => {
      if (document.visibilityState === 'visible') connect();
    };
    // Only our own extension's worker may ask (not a content script in some tab); anything else is ignored.
    const onRuntimeMessage = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab !== undefined || !PanelWake.safeParse(raw).success) return;
      benchMark('panel-wake');
      if (port) wakeWhileConnectedAt = performance.now();
      connect();
    };
    for (const type of WAKE_EVENTS) document.addEventListener(type, wake, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    browser.runtime.onMessage.addListener(onRuntimeMessage);
    connect();
    return () => {
      closed = true;
      for (const type of WAKE_EVENTS) document.removeEventListener(type, wake, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      browser.runtime.onMessage.removeListener(onRuntimeMessage);
      port?.disconnect();
    };
  }, []);
  return { view, error, unbound };
}
