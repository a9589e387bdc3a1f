import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import { getDb } from '@/lib/db/app-db';
import { alarmAndBadgeInputs } from '@/lib/meetings/worker-inputs';
import { sendMessage } from '@/lib/messaging/protocol';

/** A burst of writes (an import, an undo) becomes one message. */
const DEBOUNCE_MS = 300;

/**
 * Tells the worker when this page changed what alarms or the badge depend on. The worker is their
 * only owner (lib/background/data-changed.ts); a write to IndexedDB does not wake a stopped
 * worker, the message does. The first result is what the page found on opening, not a change.
 */
export function useDataChangedSignal(): void {
  useEffect(() => {
    const db = getDb();
    const quiet = (e: unknown) => console.warn('Keyside: could not tell the background that data changed', e);
    let first = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = liveQuery(() => alarmAndBadgeInputs(db, new Date())).subscribe({
      next: () => {
        if (first) {
          first = false;
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(() => void sendMessage('dataChanged', undefined).catch(quiet), DEBOUNCE_MS);
      },
      error: quiet,
    });
    return () => {
      sub.unsubscribe();
      clearTimeout(timer);
    };
  }, []);
}
