import type { SyncStatus } from '@/lib/messaging/sync-messages';
import { sendMessage } from '@/lib/messaging/protocol';

/**
 * The worker's sync status, shared by every part of the dashboard that shows it (Settings → Sync
 * and the small status in the navigation): one poll while anything shows it, none otherwise.
 * `sync.status` answers from the worker's own state and makes no network request, so polling
 * with sync off keeps Keyside silent on the network.
 */
const POLL_MS = 3000;
/** With sync off nothing changes by itself: a slower poll (actions on the card refresh at once). */
const POLL_OFF_MS = 15_000;
/** pages-to-worker.ts (`sync.runNow`): an open extension page asks for a run every few minutes. */
const RUN_WHILE_OPEN_MS = 5 * 60_000;

let current: SyncStatus | undefined;
let readAt = 0;
let unreachable = false;
const listeners = new Set<() => void>();
let pollTimer: ReturnType<typeof setInterval> | undefined;
let runTimer: ReturnType<typeof setInterval> | undefined;

const emit = () => {
  for (const l of listeners) l();
};

/** Reads the status now (after an action, or on the poll). */
export async function refreshSyncStatus(): Promise<void> {
  try {
    current = await sendMessage('sync.status', undefined);
    readAt = Date.now();
    unreachable = false;
  } catch {
    // The worker is starting or was just updated: keep the last status, say so, retry on the poll.
    unreachable = true;
  }
  emit();
}

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    void refreshSyncStatus();
    pollTimer = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      if (current?.state === 'off' && Date.now() - readAt < POLL_OFF_MS) return;
      void refreshSyncStatus();
    }, POLL_MS);
    runTimer = setInterval(() => {
      if (current && current.state !== 'off' && current.state !== 'syncing')
        sendMessage('sync.runNow', undefined).then(refreshSyncStatus, () => undefined);
    }, RUN_WHILE_OPEN_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(pollTimer);
      clearInterval(runTimer);
    }
  };
}

/** Undefined until the worker first answered. */
export const syncStatusSnapshot = (): SyncStatus | undefined => current;
export const workerUnreachable = (): boolean => unreachable;
