import type { ProtocolMap } from '@/lib/messaging/protocol';

/**
 * The host page's side of the worker's request/response messaging, on the bare runtime API.
 * The worker and the extension pages talk through @webext-core/messaging (lib/messaging/protocol.ts);
 * this speaks the same wire format — a request is `{ id, type, data, timestamp }`, an answer is
 * `{ res }` or `{ err }` — so the worker cannot tell the two apart, while the content scripts
 * carry neither that library nor its error serialiser (issue 13: every content script ≤ 10 KB gzip).
 */

type Request<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Result<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

interface Reply {
  res?: unknown;
  err?: { message?: unknown } | null;
}

let nextId = Math.floor(Math.random() * 10_000);

/** Sends one request to the worker; rejects when nothing answers or the answer is an error. */
export async function sendMessage<K extends keyof ProtocolMap>(type: K, data: Request<K>): Promise<Result<K>> {
  const reply = await browser.runtime.sendMessage<unknown, Reply | undefined>({
    id: nextId++,
    type,
    data,
    timestamp: Date.now(),
  });
  if (reply == null) throw new Error('No response');
  if (reply.err != null) throw new Error(typeof reply.err.message === 'string' ? reply.err.message : 'Error');
  return reply.res as Result<K>;
}

/** Whether `message` is a request of `type` in the wire format above. */
export function isRequestOf(message: unknown, type: string): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; timestamp?: unknown };
  return m.type === type && typeof m.timestamp === 'number';
}

/**
 * Answers the worker's requests of `type` (sent to this tab) with `listener`'s outcome; other
 * messages are left to other listeners. Returns the remover.
 */
export function onMessage(type: keyof ProtocolMap, listener: () => Promise<void>): () => void {
  const root = (message: unknown, _sender: unknown, sendResponse: (reply: Reply) => void): boolean => {
    if (!isRequestOf(message, type)) return false;
    listener().then(
      () => sendResponse({ res: undefined }),
      (e: unknown) => sendResponse({ err: { message: e instanceof Error ? e.message : String(e) } }),
    );
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  };
  browser.runtime.onMessage.addListener(root);
  return () => browser.runtime.onMessage.removeListener(root);
}
