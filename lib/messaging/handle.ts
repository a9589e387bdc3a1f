import type { Browser } from 'wxt/browser';
import { z } from 'zod';
import type { MessageError, MessageSpec } from './define-message';
import { workerListener } from './protocol';
import { ownExtension, senderIs, type OwnExtension } from './sender-guard';

export type Sender = Browser.runtime.MessageSender;

/** A worker handler: gets the parsed data, returns what the result schema accepts. */
export type Handler<D extends z.ZodType, R extends z.ZodType> = (
  data: z.output<D>,
  sender: Sender,
) => z.input<R> | Promise<z.input<R>>;

const FORBIDDEN: MessageError = { key: 'errorBadRequest', params: [] };

/**
 * One message's whole trip through the worker: refuse a sender of the wrong kind, parse the data
 * with the message's schema (a malformed request gets the message's error result, naming the
 * first problem), run the handler on the parsed data, and check its result against the result
 * schema before it leaves. Never throws.
 */
export async function dispatch<D extends z.ZodType, R extends z.ZodType>(
  spec: MessageSpec<D, R>,
  handler: Handler<D, R>,
  message: { data: unknown; sender: Sender },
  self: OwnExtension,
): Promise<z.output<R>> {
  const reject = (error: MessageError): z.output<R> => z.parse(spec.result, spec.rejected(error));
  if (!senderIs(spec.from, message.sender, self)) return reject(FORBIDDEN);
  const data = z.safeParse(spec.data, message.data);
  if (!data.success) return reject({ key: 'errorBadRequest', params: [data.error.issues[0]?.message ?? ''] });
  try {
    const result = z.safeParse(spec.result, await handler(data.data, message.sender));
    if (result.success) return result.data;
    console.error(`Keyside: the '${spec.name}' handler returned a malformed result`, result.error);
    return reject({ key: 'errorUnexpected', params: [result.error.issues[0]?.message ?? ''] });
  } catch (e) {
    return reject({ key: 'errorUnexpected', params: [e instanceof Error ? e.message : String(e)] });
  }
}

export type Listen = (name: string, listener: (message: { data: unknown; sender: Sender }) => Promise<unknown>) => () => void;

/** The real listener (see workerListener in protocol.ts); unit tests pass their own. */
const listenForMessages: Listen = (name, listener) => workerListener.onMessage(name, listener);

/**
 * Registers the worker's handler for one message (a spec from content-to-worker.ts or
 * pages-to-worker.ts). Every listener of the worker goes through here, so none can skip the
 * sender check or the parse. Returns the remover.
 */
export function handle<D extends z.ZodType, R extends z.ZodType>(
  spec: MessageSpec<D, R>,
  handler: Handler<D, R>,
  options: { self?: OwnExtension; listen?: Listen } = {},
): () => void {
  const self = options.self ?? ownExtension();
  const listen = options.listen ?? listenForMessages;
  return listen(spec.name, (message) => dispatch(spec, handler, message, self));
}
