import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageContextInput } from '@/lib/schema/page-context';
import type { SiteRule } from '@/lib/schema/site-rule';
import type { PanelCommand, CommandResult } from './panel-commands';
import type {
  AccountChoice, CaptureDraftResult, CaptureRequest, CaptureSaveResult, CaptureStartInput, CaptureStartResult,
} from './capture-messages';

/** What the content script needs to pick its adapter; everything else stays in the background. */
export interface ContentConfig {
  siteRules: SiteRule[];
  generic: boolean;
}

/** An invitation file the content script fetched from the page's own origin; parsed in the background. */
export interface InviteText {
  url: string;
  text: string;
}

/**
 * Request/response messages to the background (typed with @webext-core/messaging).
 * Every handler validates `data` with zod and checks the sender: the page next door is hostile.
 */
export interface ProtocolMap {
  /** content script -> background: what the page shows now. */
  pageContext(ctx: PageContextInput): void;
  /** content script -> background: the text of the open message's invitation (PageContext.inviteUrl). */
  inviteText(data: InviteText): void;
  /** content script -> background: adapters to use on this URL. */
  contentConfig(url: string): ContentConfig;
  /** panel / popup / capture dialog -> background. */
  command(cmd: PanelCommand): CommandResult;
  /** dialogs -> background: save a capture draft. */
  captureSave(req: CaptureRequest): CaptureSaveResult;
  /** popup -> background: capture from this tab (the selection, else the page); opens the dialog. */
  captureStart(req: CaptureStartInput): CaptureStartResult;
  /** capture dialog -> background: the pending capture (by id) and the dossiers to offer. */
  captureDraft(captureId: string): CaptureDraftResult;
  /** capture dialog -> background: a dossier picked by search, with its competitors. */
  captureAccount(accountId: string): AccountChoice | null;
  /** capture dialog -> background: cancelled; forget the pending capture. */
  captureCancel(captureId: string): void;
  /** background -> content script: send the page context again (a panel reconnected). */
  resendContext(): void;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;

/** The port the panel opens to receive live views of its tab. */
export const PANEL_PORT = 'keyside-panel';
