import type { z } from 'zod';

/** Why a message was refused, in the shape every error result carries (a message key and its params). */
export interface MessageError {
  key: string;
  params: string[];
}

/**
 * Who may send a message: our content script in a tab's top frame (what the page shows), our
 * content script in any frame, one of our own extension pages, or the worker itself.
 */
export type SenderKind = 'content-top-frame' | 'content' | 'page' | 'worker';

/** One message: who sends it, its payload and result schemas, and the answer to a refused request. */
export interface MessageSpec<D extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType, N extends string = string> {
  /** The message's name on the wire; the same as its key in the direction's table. */
  name: N;
  from: SenderKind;
  data: D;
  result: R;
  /** The result for a refused sender, malformed data or a handler that failed. */
  rejected: (error: MessageError) => z.input<R>;
}

export function defineMessage<D extends z.ZodType, R extends z.ZodType, N extends string>(
  spec: MessageSpec<D, R, N>,
): MessageSpec<D, R, N> {
  return spec;
}

/** The data a sender passes (defaults may be left out). */
export type DataIn<S extends MessageSpec> = z.input<S['data']>;
/** The data a handler receives, parsed. */
export type DataOf<S extends MessageSpec> = z.output<S['data']>;
/** What a handler returns (checked against the result schema before it leaves the worker). */
export type ResultIn<S extends MessageSpec> = z.input<S['result']>;
/** What a sender receives. */
export type ResultOf<S extends MessageSpec> = z.output<S['result']>;
