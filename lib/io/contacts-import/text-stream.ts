/**
 * A file's text, decoded in slices and handed to papaparse as the Node-style readable stream it
 * accepts (`readable`, `read`, `on`, `removeListener`, `pause`, `resume`). Papaparse's own file
 * reader decodes every slice on its own, which cuts a multi-byte character (Cyrillic, Georgian
 * in UTF-8; every character in UTF-16) in two at each slice boundary; one streaming TextDecoder
 * over all slices does not.
 */
import type { ImportEncoding } from './encoding';

export const SLICE_BYTES = 1024 * 1024;

type Listener = (arg?: unknown) => void;

export interface TextStream {
  readable: true;
  read(): void;
  on(event: string, fn: Listener): void;
  removeListener(event: string, fn: Listener): void;
  pause(): void;
  resume(): void;
  /** Starts reading; data arrives on the next turns of the event loop. */
  start(): void;
}

export function textStream(file: Blob, encoding: ImportEncoding, onBytes: (read: number) => void): TextStream {
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, arg?: unknown) => {
    for (const fn of [...(listeners.get(event) ?? [])]) fn(arg);
  };
  const decoder = new TextDecoder(encoding);
  let pos = 0;
  let paused = false;
  let pumping = false;

  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      while (!paused && pos < file.size) {
        const buf = await file.slice(pos, pos + SLICE_BYTES).arrayBuffer();
        pos += buf.byteLength;
        onBytes(pos);
        const text = decoder.decode(buf, { stream: pos < file.size });
        if (text) emit('data', text);
      }
      if (!paused && pos >= file.size) emit('end');
    } catch (e) {
      emit('error', e);
    } finally {
      pumping = false;
    }
  };

  return {
    readable: true,
    read: () => undefined,
    on: (event, fn) => {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(fn);
    },
    removeListener: (event, fn) => listeners.get(event)?.delete(fn),
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      void pump();
    },
    start: () => void pump(),
  };
}
