import { useEffect, useState } from 'react';
import type { PanelPortMessage } from '@/lib/background/panel-hub';
import { PANEL_PORT } from '@/lib/messaging/protocol';
import type { PanelView } from '@/lib/panel-data/view-types';

/**
 * The panel's live data: a port to the background, which pushes a new view whenever the page's
 * context or the dossier changes. Same shape as useLiveQuery, without IndexedDB in the iframe.
 * Reconnects when the worker restarts (MV3 stops idle workers and drops their ports).
 */
export function usePanelView(): { view: PanelView | undefined; error: string | undefined } {
  const [view, setView] = useState<PanelView>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let closed = false;
    const connect = () => {
      port = browser.runtime.connect({ name: PANEL_PORT });
      port.onMessage.addListener((msg: unknown) => {
        const m = msg as PanelPortMessage;
        if (m.type === 'view') {
          setView(m.view);
          setError(undefined);
        } else if (m.type === 'error') setError(m.message);
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
