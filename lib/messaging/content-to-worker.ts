import { z } from 'zod';
import { PageContext } from '@/lib/schema/page-context';
import { SiteRule } from '@/lib/schema/site-rule';
import { TeachDraftFromPage } from '@/lib/schema/teach-draft';
import { defineMessage } from './define-message';
import { PanelToken } from './panel-token';

/**
 * Content script <-> worker. The content script runs next to a page we do not trust, so every
 * payload is parsed in the worker (handle.ts) and only our own content script in a tab's top
 * frame is listened to for what the page shows.
 */

/** An invitation file the content script fetched from the page's own origin; parsed in the worker. */
export const InviteText = z.object({
  /** The content script caps the file at 256 KB of bytes; UTF-16 length never exceeds that. */
  url: z.url().max(4000),
  text: z.string().max(256 * 1024),
});
export type InviteText = z.infer<typeof InviteText>;

/** What the content script needs to pick its adapter; everything else stays in the worker. */
export const ContentConfig = z.object({
  siteRules: z.array(SiteRule),
  generic: z.boolean(),
});
export type ContentConfig = z.infer<typeof ContentConfig>;

export const NO_CONTENT_CONFIG: ContentConfig = { siteRules: [], generic: false };

export const contentToWorker = {
  /**
   * The content script mounted its panel with this one-time token (and sends it again when the
   * worker asks with resendContext): the worker serves only the panel presenting it, in this tab,
   * while the tab shows this page's origin (lib/background/panel-port.ts).
   */
  panelMount: defineMessage({
    name: 'panelMount',
    from: 'content-top-frame',
    data: z.object({ token: PanelToken }),
    result: z.void(),
    rejected: () => undefined,
  }),
  /**
   * What the page shows now, with the token of the panel the content script mounted (`mount`,
   * as panelMount registers it). A worker the browser stopped and this message started again
   * knows no token: carried here, it is registered before the panel the worker wakes connects,
   * so that panel is served at once instead of after a resendContext/panelMount round trip and
   * a second read of the same view (the cold path, test/tools/bench-cold.mjs).
   */
  pageContext: defineMessage({
    name: 'pageContext',
    from: 'content-top-frame',
    data: PageContext.extend({ mount: PanelToken.optional() }),
    result: z.void(),
    rejected: () => undefined,
  }),
  /** The text of the open message's invitation (PageContext.inviteUrl). */
  inviteText: defineMessage({
    name: 'inviteText',
    from: 'content-top-frame',
    data: InviteText,
    result: z.void(),
    rejected: () => undefined,
  }),
  /**
   * The picker (injected by the popup's "Teach Keyside this page") learned where the page shows
   * the email: the worker opens the dashboard's Teach page on the draft, where the user confirms
   * the pattern and the browser asks for the host's permission.
   */
  teachDraft: defineMessage({
    name: 'teachDraft',
    from: 'content-top-frame',
    data: TeachDraftFromPage,
    result: z.void(),
    rejected: () => undefined,
  }),
  /**
   * A built-in adapter the content script carries only by name (lib/content/adapter-code.ts):
   * the worker injects its file into the asking frame, then answers.
   */
  adapterCode: defineMessage({
    name: 'adapterCode',
    from: 'content-top-frame',
    data: z.enum(['calendar-outlook']),
    result: z.void(),
    rejected: () => undefined,
  }),
  /** Adapters to use on this URL (any frame: the generic adapter may run in frames too). */
  contentConfig: defineMessage({
    name: 'contentConfig',
    from: 'content',
    data: z.string(),
    result: ContentConfig,
    rejected: () => NO_CONTENT_CONFIG,
  }),
};

/** worker -> content script: send the page context again (a panel reconnected after a worker restart). */
export const workerToContent = {
  resendContext: defineMessage({
    name: 'resendContext',
    from: 'worker',
    data: z.undefined(),
    result: z.void(),
    rejected: () => undefined,
  }),
};
