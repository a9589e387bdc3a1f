import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/protocol';
import { DOCKED_SITES } from '@/lib/messaging/panel-dock';
import { panelToken } from './panel-token';
import './dock-switch.css';

/**
 * Docked or overlay, for the site the panel sits on (issue 14): pressed, the host page is narrowed
 * so the message and the panel sit side by side. The worker stores the choice and the content
 * script narrows the page (lib/background/panel-dock.ts, lib/content/panel-frame.ts). A plain
 * toggle button, so Tab and Space/Enter reach it and a screen reader hears its state.
 */
export function DockSwitch() {
  const [docked, setDocked] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const read = () =>
      void sendMessage('panelDock', { token: panelToken })
        .then((r) => setDocked(r.docked))
        .catch(() => undefined);
    read();
    // Settings may reset the choice while the panel is open.
    const onStored = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && DOCKED_SITES in changes) read();
    };
    browser.storage.onChanged.addListener(onStored);
    return () => browser.storage.onChanged.removeListener(onStored);
  }, []);
  if (docked === undefined) return null;
  const toggle = () => {
    const next = !docked;
    setDocked(next);
    void sendMessage('panelDock', { token: panelToken, docked: next })
      .then((r) => setDocked(r.docked))
      .catch(() => setDocked(!next));
  };
  return (
    <div className="dock-switch">
      <button
        type="button"
        className="link small"
        data-testid="panel-dock"
        aria-pressed={docked}
        title={t('panelDockHint')}
        onClick={toggle}
      >
        {t('panelDock')}
      </button>
    </div>
  );
}
