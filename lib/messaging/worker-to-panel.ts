import { z } from 'zod';
import { PanelView } from '@/lib/schema/panel-view';

/** The port the panel opens to receive live views of its tab. */
export const PANEL_PORT = 'keyside-panel';

/**
 * worker -> panel, over the panel's port (lib/background/panel-hub.ts). The panel lives in an
 * iframe inside a page we do not trust, so it parses each message with this schema before use
 * (components/panel/use-panel-view.ts).
 */
export const PanelPortMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view'), view: PanelView }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type PanelPortMessage = z.infer<typeof PanelPortMessage>;
