import Dexie from 'dexie';
import { useEffect } from 'react';
import { getDb } from '@/lib/db/app-db';

/** After the page's first screen, usually well before a user has changed anything. */
const START_AFTER_MS = 1500;

/**
 * Tells the worker when this page changed what alarms or the badge depend on. The worker is their
 * only owner (lib/background/data-changed.ts); a write to IndexedDB does not wake a stopped
 * worker, the message does.
 *
 * The watch (./data-changed-watch.ts: its reads, the messaging code and the schemas it loads)
 * starts once the page is idle, after its first screen: it is no part of what the user came to
 * see (issue 13, the portfolio's first paint). A write before then is noticed through Dexie's
 * cheap mutation event, so it still counts as a change when the watch begins.
 */
export function useDataChangedSignal(): void {
  useEffect(() => {
    let written = false;
    const onWrite = () => {
      written = true;
    };
    Dexie.on('storagemutated', onWrite);
    let stop: (() => void) | undefined;
    let live = true;
    const begin = () =>
      void import('./data-changed-watch').then(({ watchDataChanges }) => {
        if (live) stop = watchDataChanges(getDb(), () => written);
      });
    // Idle alone comes too soon: the page is idle while it waits for its first screen's reads,
    // and the watch's own reads would queue beside them.
    let idle: number | undefined;
    const later = setTimeout(() => (idle = requestIdleCallback(begin, { timeout: 2000 })), START_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(later);
      if (idle !== undefined) cancelIdleCallback(idle);
      Dexie.on.storagemutated.unsubscribe(onWrite);
      stop?.();
    };
  }, []);
}
