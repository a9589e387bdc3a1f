import { useEffect, useState } from 'react';
import { PANEL_PORT, PanelPortMessage } from '@/lib/messaging/worker-to-panel';
import type { PanelView } from '@/lib/schema/panel-view';

/**
 * The panel's live data: a port to the worker, which pushes a new view whenever the page's
 * context or the dossier changes. Same shape as useLiveQuery, without IndexedDB in the iframe.
 * Reconnects when the worker restarts (MV3 stops idle workers and drops their ports). Each
 * message is parsed with its schema before use; one that does not parse is shown as an error
 * and the last good view stays.
 */
export function usePanelView(): { view: PanelView | undefined; error: string | undefined } {
  const [view, setView] = useState<PanelView>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let closed = false;
    const connect = () => {
      port = browser.runtime.connect({ name: PANEL_PORT });
      port.onMessage.addListener((raw: unknown) => {
        const parsed = PanelPortMessage.safeParse(raw);
        if (!parsed.success) {
          setError(`Malformed message from the background: ${parsed.error.issues[0]?.message ?? ''}`);
          return;
        }
        const m = parsed.data;
        if (m.type === 'view') {
          setView(m.view);
          setError(undefined);
        } else setError(m.message);
      });
      port.onDisconnect.addListener(() => {
        if (!closed) setTimeout(connect, 200);
      });
    };
    connect();
    return () => {
      closed = true;
      port?.disconnect();
    };
  }, []);
  return { view, error };
}
