import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
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
  const inputs = useLiveQuery(() => alarmAndBadgeInputs(getDb(), new Date()));
  const seen = useRef(false);
  useEffect(() => {
    if (inputs === undefined) return;
    if (!seen.current) {
      seen.current = true;
      return;
    }
    const timer = setTimeout(() => {
      sendMessage('dataChanged', undefined).catch((e: unknown) => {
        console.warn('Keyside: could not tell the background that data changed', e);
      });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [inputs]);
}
