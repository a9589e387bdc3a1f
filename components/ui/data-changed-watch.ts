import { liveQuery } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { alarmAndBadgeInputs } from '@/lib/meetings/worker-inputs';
import { sendMessage } from '@/lib/messaging/protocol';

/** A burst of writes (an import, an undo) becomes one message. */
const DEBOUNCE_MS = 300;

/**
 * Watches what alarms and the badge depend on and tells the worker when it changes. The first
 * result is what the page found, not a change, unless `changedSince()` says a write came before
 * the watch began (./use-data-changed-signal.ts starts it late). Returns the stop function.
 */
export function watchDataChanges(db: AppDB, changedSince: () => boolean): () => void {
  let seen = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      sendMessage('dataChanged', undefined).catch((e: unknown) => {
        console.warn('Keyside: could not tell the background that data changed', e);
      });
    }, DEBOUNCE_MS);
  };
  const sub = liveQuery(() => alarmAndBadgeInputs(db, new Date())).subscribe({
    next: () => {
      if (seen || changedSince()) send();
      seen = true;
    },
    error: (e: unknown) => console.warn('Keyside: could not watch for data changes', e),
  });
  return () => {
    clearTimeout(timer);
    sub.unsubscribe();
  };
}
