import { z } from 'zod';
import { CaptureKind } from '@/lib/schema/capture-kind';
import { Account, Contact, EventDetails, Id, IsoDay, Task } from '@/lib/schema';
import { defineMessage, type MessageError } from './define-message';
import { PanelToken } from './panel-token';
import {
  ServerLogin,
  SyncEnableResult,
  SyncIdentityResult,
  SyncJoin,
  SyncMembersRequest,
  SyncMembersResult,
  SyncOkResult,
  SyncRunResult,
  SyncShare,
  SyncShareResult,
  SyncStatus,
  SyncUnshare,
  syncRejected,
} from './sync-messages';

/**
 * Extension pages (panel, popup, capture dialog, dashboard) -> worker. Our pages are checked by
 * their sender (handle.ts) but are still only clients: every payload is parsed with its schema.
 */

const ErrorResult = z.object({ ok: z.literal(false), error: z.object({ key: z.string(), params: z.array(z.string()) }) });
const errorResult = (error: MessageError) => ({ ok: false as const, error });

// ---- command: the panel's (and popup's, and capture dialog's search) requests ----

/** Commands the panel (and popup) may ask of the worker. */
export const PanelCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('logEmail'), accountId: Id }),
  z.object({ type: z.literal('addTask'), accountId: Id, title: z.string().trim().min(1).max(500), due: z.string().nullable() }),
  z.object({ type: z.literal('setTaskStatus'), taskId: Id, status: z.enum(['open', 'done']) }),
  z.object({
    type: z.literal('createAccount'),
    name: z.string().trim().min(1).max(300),
    domains: z.array(z.string()).max(20),
    /** Link the CRM record the tab shows to the new dossier (read from the tab's state, never sent). */
    linkRecord: z.boolean().default(false),
    person: z
      .object({
        name: z.string().max(200),
        email: z.string().max(320),
        title: z.string().max(200).default(''),
        phones: z.array(z.string()).default([]),
      })
      .optional(),
  }),
  z.object({
    type: z.literal('addPerson'),
    accountId: Id,
    name: z.string().trim().min(1).max(200),
    email: z.string().max(320),
    title: z.string().max(200).default(''),
  }),
  z.object({
    type: z.literal('search'),
    q: z.string().max(200),
    limit: z.number().int().min(1).max(50).default(8),
    acrossScripts: z.boolean().default(true),
  }),
  z.object({ type: z.literal('pinAccount'), accountId: Id.nullable() }),
  /**
   * The sender the page shows by name only is this contact: show their dossier for this message
   * and remember the name until the page shows it with an address (lib/db/repos/name-confirmations.ts).
   */
  z.object({ type: z.literal('confirmNameOnly'), contactId: Id.max(200), name: z.string().trim().min(1).max(200) }),
  /**
   * Link / unlink the CRM record the tab shows to a dossier (Account.crmRefs). The record and its
   * address are read from the tab's state in the worker, never taken from the panel.
   */
  z.object({ type: z.literal('linkRecord'), accountId: Id.max(200) }),
  z.object({ type: z.literal('unlinkRecord'), accountId: Id.max(200) }),
  z.object({ type: z.literal('tickItem'), meetingId: Id, itemId: Id, checked: z.boolean() }),
  z.object({ type: z.literal('openDashboard'), hash: z.string().max(200).default('') }),
  /** Schedule the tab's calendar event / invitation; the event itself is read from the tab's state. */
  z.object({
    type: z.literal('scheduleMeeting'),
    accountId: Id,
    templateId: Id,
    at: z.iso.datetime({ offset: true }),
    contactIds: z.array(Id).max(100).default([]),
    durationMin: z
      .number()
      .int()
      .positive()
      .max(24 * 60)
      .optional(),
    place: z.string().max(1000).optional(),
  }),
]);
/** A command as a page sends it (defaults may be left out). */
export type PanelCommand = z.input<typeof PanelCommand>;
/** A command as the worker runs it, parsed. */
export type ParsedCommand = z.output<typeof PanelCommand>;
export type CommandType = ParsedCommand['type'];
export type CommandOf<K extends CommandType> = Extract<ParsedCommand, { type: K }>;

/** One hit of search everywhere (lib/db/queries/search-all.ts), as the panel and capture dialog show it. */
export const SearchHit = z.object({
  id: z.string(),
  kind: z.enum(['account', 'contact', 'interaction', 'task', 'meeting']),
  /** A name, a follow-up's title, or the part of a history entry that matched. */
  name: z.string(),
  accountId: z.string().nullable(),
  accountName: z.string(),
  /** A history entry's kind (note, clip, email…). */
  sub: z.string().optional(),
  at: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

const Written = z.object({ created: z.boolean(), id: z.string() });

const commandValueSchemas = {
  logEmail: Written,
  addTask: Task,
  setTaskStatus: Task,
  createAccount: Account,
  addPerson: Contact,
  search: z.array(SearchHit),
  pinAccount: z.undefined(),
  confirmNameOnly: z.object({ accountId: Id }),
  linkRecord: z.undefined(),
  unlinkRecord: z.undefined(),
  tickItem: z.undefined(),
  openDashboard: z.undefined(),
  scheduleMeeting: Written,
} satisfies Record<CommandType, z.ZodType>;
type CommandValues = { [K in CommandType]: z.output<(typeof commandValueSchemas)[K]> };
export type CommandValue<K extends CommandType> = CommandValues[K];
/**
 * What each command's `value` is: the caller parses it with its command's schema. Declared
 * through a mapped type so that `commandValues[type]` keeps its command's type for a generic type.
 */
export const commandValues: { [K in CommandType]: z.ZodType<CommandValues[K]> } = commandValueSchemas;

/**
 * The wire result of any command. Its value is checked per command by the caller
 * (components/panel/run-command.ts), which knows which command it sent.
 */
export const CommandResult = z.union([z.object({ ok: z.literal(true), value: z.unknown().optional() }), ErrorResult]);
export type CommandResult = z.infer<typeof CommandResult>;

// ---- capture: the capture dialog and the popup ----

/** A capture waiting in the worker for the dialog, keyed by a random id. */
export const CaptureId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a capture id');

/** popup -> worker: capture from this tab (the selection if any, else the page). */
export const CaptureStart = z.object({
  tabId: z.number().int().nonnegative(),
  mode: z.enum(['auto', 'page']).default('auto'),
});
export type CaptureStartInput = z.input<typeof CaptureStart>;

/**
 * dialog -> worker: file capture `captureId` into a dossier as `kind`. The dialog never sends
 * the captured text back: it names the capture by id and the worker takes the text and source it
 * extracted itself, so a save cannot smuggle in words the page did not show.
 */
export const CaptureRequest = z.object({
  captureId: CaptureId,
  accountId: Id.max(200),
  kind: CaptureKind,
  comment: z.string().max(10_000).default(''),
  competitorId: Id.max(200).optional(),
  competitorName: z.string().trim().min(1).max(200).optional(),
  due: IsoDay.nullable().optional(),
  /** An 'event' capture: type, name and attendance of the event. */
  event: EventDetails.optional(),
  /** Page captures: keep the whole article text instead of the excerpt. */
  fullText: z.boolean().default(false),
});
export type CaptureRequest = z.input<typeof CaptureRequest>;

export type CaptureError = MessageError;

/** What was captured, as the dialog shows it (plain text only; rendered as text). */
export const CaptureView = z.object({
  id: z.string(),
  mode: z.enum(['selection', 'page', 'link']),
  text: z.string(),
  truncated: z.boolean(),
  /** UTF-8 size before truncation. */
  bytes: z.number(),
  /** Page captures: the article's main text, when longer than the excerpt. */
  fullText: z.string().optional(),
  source: z.object({ url: z.string(), title: z.string() }),
  capturedAt: z.string(),
});
export type CaptureView = z.infer<typeof CaptureView>;

export const CompetitorChoice = z.object({ id: z.string(), name: z.string() });
export type CompetitorChoice = z.infer<typeof CompetitorChoice>;

/** A dossier the dialog offers, with why it is offered (shown next to the name). */
export const AccountChoice = z.object({
  id: z.string(),
  name: z.string(),
  reason: z.enum(['domain', 'panel', 'recent', 'search']),
  competitors: z.array(CompetitorChoice),
});
export type AccountChoice = z.infer<typeof AccountChoice>;

export const CaptureSaveResult = z.union([
  z.object({ ok: z.literal(true), interactionId: z.string(), accountId: z.string(), accountName: z.string() }),
  ErrorResult,
]);
export type CaptureSaveResult = z.infer<typeof CaptureSaveResult>;

export const CaptureStartResult = z.union([z.object({ ok: z.literal(true), captureId: z.string() }), ErrorResult]);
export type CaptureStartResult = z.infer<typeof CaptureStartResult>;

export const CaptureDraftResult = z.union([
  z.object({ ok: z.literal(true), capture: CaptureView, suggestions: z.array(AccountChoice) }),
  ErrorResult,
]);
export type CaptureDraftResult = z.infer<typeof CaptureDraftResult>;

export const pagesToWorker = {
  /** panel / popup / capture dialog: one of PanelCommand. */
  command: defineMessage({ name: 'command', from: 'page', data: PanelCommand, result: CommandResult, rejected: errorResult }),
  /**
   * The panel's commands: the same commands, with the token of the mount the panel belongs to
   * (lib/messaging/panel-token.ts). The worker runs them only for the tab's current panel; the
   * panel page's plain `command` is refused (lib/background/panel-port.ts).
   */
  panelCommand: defineMessage({
    name: 'panelCommand',
    from: 'page',
    data: z.object({ token: PanelToken, command: PanelCommand }),
    result: CommandResult,
    rejected: errorResult,
  }),
  /**
   * The panel's docked/overlay switch (issue 14): the choice for the site of the panel's tab,
   * set when `docked` is given, read when not. Answered only for the tab's current panel.
   */
  panelDock: defineMessage({
    name: 'panelDock',
    from: 'page',
    data: z.object({ token: PanelToken, docked: z.boolean().optional() }),
    result: z.object({ docked: z.boolean() }),
    rejected: () => ({ docked: false }),
  }),
  /** dialog: save a capture draft. */
  captureSave: defineMessage({
    name: 'captureSave',
    from: 'page',
    data: CaptureRequest,
    result: CaptureSaveResult,
    rejected: errorResult,
  }),
  /** popup: capture from this tab (the selection, else the page); opens the dialog. */
  captureStart: defineMessage({
    name: 'captureStart',
    from: 'page',
    data: CaptureStart,
    result: CaptureStartResult,
    rejected: errorResult,
  }),
  /** dialog: the pending capture (by id) and the dossiers to offer. */
  captureDraft: defineMessage({
    name: 'captureDraft',
    from: 'page',
    data: CaptureId,
    result: CaptureDraftResult,
    rejected: errorResult,
  }),
  /** dialog: a dossier picked by search, with its competitors. */
  captureAccount: defineMessage({
    name: 'captureAccount',
    from: 'page',
    data: Id.max(200),
    result: AccountChoice.nullable(),
    rejected: () => null,
  }),
  /** dialog: cancelled; forget the pending capture. */
  captureCancel: defineMessage({
    name: 'captureCancel',
    from: 'page',
    data: CaptureId,
    result: z.void(),
    rejected: () => undefined,
  }),
  /**
   * dashboard: something it wrote may move alarms or the badge. The worker owns both and
   * re-plans them; the message also wakes a stopped worker, which a write to IndexedDB does not.
   */
  dataChanged: defineMessage({
    name: 'dataChanged',
    from: 'page',
    data: z.undefined(),
    result: z.void(),
    rejected: () => undefined,
  }),

  // ---- sync (issue 15): Settings → Sync and sharing; schemas in sync-messages.ts ----

  /** The sync state Settings and the dashboard show. */
  'sync.status': defineMessage({
    name: 'sync.status',
    from: 'page',
    data: z.undefined(),
    result: SyncStatus,
    rejected: (e) => ({ state: 'error' as const, pending: 0, conflictsMerged: 0, error: syncRejected(e).error }),
  }),
  /**
   * Turn sync on with a new recovery secret: the page asked for the server origin's permission
   * first (from the click). Answers the 24 recovery words, shown once.
   */
  'sync.enable': defineMessage({
    name: 'sync.enable',
    from: 'page',
    data: ServerLogin,
    result: SyncEnableResult,
    rejected: syncRejected,
  }),
  /** A second device: turn sync on with the recovery words of the first. A wrong secret writes nothing. */
  'sync.join': defineMessage({ name: 'sync.join', from: 'page', data: SyncJoin, result: SyncOkResult, rejected: syncRejected }),
  /** Sync now (also what an open extension page sends every few minutes). */
  'sync.runNow': defineMessage({
    name: 'sync.runNow',
    from: 'page',
    data: z.undefined(),
    result: SyncRunResult,
    rejected: syncRejected,
  }),
  /** Stop syncing; local data and the sync state stay (enable again resumes). */
  'sync.disable': defineMessage({
    name: 'sync.disable',
    from: 'page',
    data: z.undefined(),
    result: SyncOkResult,
    rejected: syncRejected,
  }),
  /** Forget this server: remove the sync state (keys, outbox, clocks, mirror); local data stays. */
  'sync.forget': defineMessage({
    name: 'sync.forget',
    from: 'page',
    data: z.undefined(),
    result: SyncOkResult,
    rejected: syncRejected,
  }),
  /** Sharing: this device's identity (public key and the fingerprint words to compare). */
  'sync.identity': defineMessage({
    name: 'sync.identity',
    from: 'page',
    data: z.undefined(),
    result: SyncIdentityResult,
    rejected: syncRejected,
  }),
  /** Sharing: share one account with a deputy. */
  'sync.share': defineMessage({
    name: 'sync.share',
    from: 'page',
    data: SyncShare,
    result: SyncShareResult,
    rejected: syncRejected,
  }),
  /** Sharing: stop sharing an account with one member (revokes and rotates the key). */
  'sync.unshare': defineMessage({
    name: 'sync.unshare',
    from: 'page',
    data: SyncUnshare,
    result: SyncOkResult,
    rejected: syncRejected,
  }),
  /** Sharing: who an account is shared with. */
  'sync.members': defineMessage({
    name: 'sync.members',
    from: 'page',
    data: SyncMembersRequest,
    result: SyncMembersResult,
    rejected: syncRejected,
  }),
};
