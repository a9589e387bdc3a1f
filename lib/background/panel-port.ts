import type { Browser } from 'wxt/browser';
import { senderIs, type OwnExtension } from '@/lib/messaging/sender-guard';
import { PANEL_PORT } from '@/lib/messaging/worker-to-panel';

/**
 * The tab a connecting panel belongs to, or undefined when the port is not our panel's: it must
 * be named PANEL_PORT and come from our own page (the panel's iframe) inside a tab.
 */
export function panelPortTab(port: Browser.runtime.Port, self: OwnExtension): number | undefined {
  if (port.name !== PANEL_PORT || !port.sender || !senderIs('page', port.sender, self)) return undefined;
  return port.sender.tab?.id;
}
