import { z } from 'zod';

/**
 * The one-time token binding a panel to the frame Keyside mounted: the content script makes a new
 * one per mount (lib/content/panel-token.ts), tells the worker, and hands it to its panel in the
 * iframe URL's hash. A page that frames panel.html itself cannot know it: a third-party frame
 * cannot read the host page, and the next page in the tab gets a tab whose binding is gone.
 */
export const PanelToken = z.string().regex(/^[0-9a-f]{64}$/, 'not a panel token');
export type PanelToken = z.infer<typeof PanelToken>;
