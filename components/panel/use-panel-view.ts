import { useEffect, useState } from 'react';
import { panelPortName, PanelPortMessage } from '@/lib/messaging/worker-to-panel';
import { panelToken } from './panel-token';
import type { PanelView } from '@/lib/schema/panel-view';

/**
 * The panel's live data: a port to the worker, which pushes a new view whenever the page's
 * context or the dossier changes. Same shape as useLiveQuery, without IndexedDB in the iframe.
 * Reconnects when the worker restarts (MV3 stops idle workers and drops their ports). Each
 * message is parsed with its schema before use; one that does not parse is shown as an error
 * and the last good view stays. The port presents the mount's token; a panel the worker does not
 * serve (framed by a page other than the one Keyside mounted it in) is told so once, shows no data
 * and stops reconnecting.
 */
export function usePanelView(): { view: PanelView | undefined; error: string | undefined; unbound: boolean } {
  const [view, setView] = useState<PanelView>();
  const [error, setError] = useState<string>();
  const [unbound, setUnbound] = useState(false);
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let closed = false;
    // A worker the browser stopped is started again by this reconnect: at once after a port that
    // was served (the user is waiting on the next email: issue 13's cold path), then spaced out so a
    // worker that keeps failing is not hammered.
    let retryMs = 0;
    const connect = () => {
      port = browser.runtime.connect({ name: panelPortName(panelToken) });
      port.onMessage.addListener((raw: unknown) => {
        retryMs = 0;
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
          setView(m.view);
          setError(undefined);
        } else setError(m.message);
      });
      port.onDisconnect.addListener(() => {
        if (closed) return;
        setTimeout(connect, retryMs);
        retryMs = 200;
      });
    };
    connect();
    return () => {
      closed = true;
      port?.disconnect();
    };
  }, []);
  return { view, error, unbound };
}
