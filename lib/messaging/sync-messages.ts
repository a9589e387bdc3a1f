import { z } from 'zod';
import type { MessageError } from './define-message';

/**
 * Schemas of the sync messages (pages -> worker), declared in pages-to-worker.ts. The worker's
 * sync engine (lib/sync, lib/background/sync-service.ts) answers the own-space messages; the
 * sharing messages are answered by lib/sync/sharing.
 */

/** Why a sync request failed or the last run stopped; the page shows a message per code. */
export const SyncErrorCode = z.enum([
  /** The request was malformed or refused (handle.ts). */
  'bad-request',
  /** The handler is not written yet. */
  'not-implemented',
  /** The server URL is not an http(s) URL. */
  'bad-url',
  /** The browser has not granted Keyside the server's origin (optional host permission). */
  'permission',
  /** The server refused the user name or password (401/403). */
  'auth',
  /** The server could not be reached (network error, DNS, refused connection). */
  'offline',
  /** The server answered with an unexpected status or body. */
  'server',
  /** The recovery words are not a valid recovery secret (wrong word, wrong checksum). */
  'bad-words',
  /** The recovery secret does not open this server's data (another space or a typo'd secret). */
  'wrong-secret',
  /** enable/join while sync is already on. */
  'already-on',
  /** runNow/disable while sync is off. */
  'not-on',
  /** Sharing: the account, the member or the key is not known here. */
  'not-found',
  /** Anything else; `message` says what. */
  'unexpected',
]);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export const SyncError = z.object({ code: SyncErrorCode, message: z.string() });
export type SyncError = z.infer<typeof SyncError>;

const SyncFailure = z.object({ ok: z.literal(false), error: SyncError });
const ok = <T extends z.ZodRawShape>(shape: T) => z.union([z.object({ ok: z.literal(true), ...shape }), SyncFailure]);

/** A refused or malformed request, in the sync results' own error shape. */
export const syncRejected = (error: MessageError) => ({
  ok: false as const,
  error: { code: 'bad-request' as const, message: [error.key, ...error.params].join(': ') },
});

/** What Settings → Sync and the dashboard's small status show. */
export const SyncStatus = z.object({
  state: z.enum(['off', 'idle', 'syncing', 'offline', 'error']),
  serverUrl: z.string().optional(),
  username: z.string().optional(),
  /** ISO time of the last run that finished without error. */
  lastSyncAt: z.string().optional(),
  /** Local changes waiting in the outbox. */
  pending: z.number().int().nonnegative(),
  error: SyncError.optional(),
  /** Fields both sides had changed since the last sync, resolved by their clocks (all time). */
  conflictsMerged: z.number().int().nonnegative(),
  /** ISO time of the next retry after 'offline' or 'error'. */
  retryAt: z.string().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** An http(s) server URL: the CouchDB database's parent (e.g. http://127.0.0.1:5984). */
export const ServerUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'not an http(s) URL without credentials');

export const ServerLogin = z.object({
  serverUrl: ServerUrl,
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type ServerLogin = z.infer<typeof ServerLogin>;

/** The 24 BIP-39 English words of a 256-bit recovery secret (checked by the worker). */
export const RecoveryWords = z.array(z.string().trim().toLowerCase().min(1).max(20)).length(24);

export const SyncJoin = ServerLogin.extend({ recoveryWords: RecoveryWords });

export const SyncEnableResult = ok({ recoveryWords: z.array(z.string()).length(24) });
export const SyncOkResult = ok({});
export const SyncRunResult = ok({ status: SyncStatus });

/** A deputy to share an account with: their Keyside identity and their server user name. */
export const Deputy = z.object({
  /** Their identity public key (base64url SPKI of an ECDH P-256 key), from their `sync.identity`. */
  publicKey: z.string().min(1).max(2000),
  /** Their CouchDB user name, added to the shared database's `_security` members. */
  username: z.string().trim().min(1).max(200),
  /** What the owner calls them (shown in the member list). */
  name: z.string().trim().max(200).default(''),
});
export const SyncShare = z.object({ accountId: z.string().min(1).max(200), deputy: Deputy });
export const SyncUnshare = z.object({ accountId: z.string().min(1).max(200), fingerprint: z.string().min(1).max(500) });
export const SyncMembersRequest = z.object({ accountId: z.string().min(1).max(200) });

export const SyncIdentityResult = ok({
  /** Words both sides compare once (lib/sync/sharing). */
  fingerprint: z.string(),
  publicKey: z.string(),
});
export const SyncMember = z.object({
  fingerprint: z.string(),
  username: z.string(),
  name: z.string(),
  addedAt: z.string(),
  /** The owner is listed too. */
  role: z.enum(['owner', 'deputy']),
});
export type SyncMember = z.infer<typeof SyncMember>;
export const SyncShareResult = ok({ fingerprint: z.string() });
export const SyncMembersResult = ok({
  members: z.array(SyncMember),
  /** This user's role in the account's shared space; absent when the account is not shared. */
  role: z.enum(['owner', 'deputy']).optional(),
});
