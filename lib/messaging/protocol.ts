import { defineExtensionMessaging } from '@webext-core/messaging';
import type { contentToWorker, workerToContent } from './content-to-worker';
import type { DataIn, MessageSpec, ResultOf } from './define-message';
import type { pagesToWorker } from './pages-to-worker';

export type { ContentConfig, InviteText } from './content-to-worker';

/** Every request/response message, by name (the schemas live in the per-direction modules). */
export type Messages = typeof contentToWorker & typeof pagesToWorker & typeof workerToContent;

type ProtocolOf<M extends Record<string, MessageSpec>> = { [K in keyof M]: (data: DataIn<M[K]>) => ResultOf<M[K]> };
export type ProtocolMap = ProtocolOf<Messages>;

/**
 * Request/response messaging over @webext-core/messaging, kept because it already pairs each
 * request with its response across Chrome's and Firefox's runtime messaging. The content scripts
 * speak the same wire format without the library (lib/content/worker-channel.ts). The map is
 * built from the schemas' types with type-only imports, so no zod or schema reaches the host
 * page; the worker checks every message with them in handle.ts.
 */
export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;

/**
 * The worker listens through this instance of the same messenger, typed loosely on purpose: its
 * only user is handle(), which checks every message against its schema at run time, so the data
 * is `unknown` until parsed. Messages it has no listener for are left to other listeners.
 */
export const workerListener = defineExtensionMessaging<Record<string, (data: unknown) => unknown>>();
