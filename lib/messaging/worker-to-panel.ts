import { z } from 'zod';
import { PanelView } from '@/lib/schema/panel-view';

/** The port the panel opens to receive live views of its tab. */
export const PANEL_PORT = 'keyside-panel';

/**
 * The panel presents its mount's token (lib/messaging/panel-token.ts) in its port's name, so the
 * worker checks it before the first view leaves (lib/background/panel-port.ts).
 */
export function panelPortName(token: string): string {
  return `${PANEL_PORT}#${token}`;
}

/** The token a port named by panelPortName carries, or undefined for any other name. */
export function tokenOfPortName(name: string): string | undefined {
  return name.startsWith(`${PANEL_PORT}#`) ? name.slice(PANEL_PORT.length + 1) : undefined;
}

/**
 * worker -> panel, over the panel's port (lib/background/panel-hub.ts). The panel lives in an
 * iframe inside a page we do not trust, so it parses each message with this schema before use
 * (components/panel/use-panel-view.ts).
 */
export const PanelPortMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view'), view: PanelView }),
  z.object({ type: z.literal('error'), message: z.string() }),
  /** This panel is not the one Keyside mounted in the tab's page: nothing is served to it. */
  z.object({ type: z.literal('unbound') }),
]);
export type PanelPortMessage = z.infer<typeof PanelPortMessage>;

/**
 * worker -> every extension page, by runtime broadcast: a worker that has just received a page's
 * context for a tab whose panel holds no port (the browser stopped the previous worker and
 * dropped the port). A panel without a port reconnects on it; the worker is awake already, so
 * the reconnect wakes nothing (docs/architecture.md, "The worker sleeps; let it"). No timestamp
 * field, so the request/response messenger (lib/messaging/protocol.ts) ignores it.
 */
export const PanelWake = z.object({ type: z.literal('keyside-panel-wake') });
export type PanelWake = z.infer<typeof PanelWake>;
export const PANEL_WAKE: PanelWake = { type: 'keyside-panel-wake' };
