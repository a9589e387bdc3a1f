import { useSyncExternalStore } from 'react';
import { subscribeSyncStatus, syncStatusSnapshot, workerUnreachable } from './sync-status-store';

/** The worker's sync status, polled while the calling component is on screen. */
export function useSyncStatus() {
  const status = useSyncExternalStore(subscribeSyncStatus, syncStatusSnapshot);
  const unreachable = useSyncExternalStore(subscribeSyncStatus, workerUnreachable);
  return { status, unreachable };
}
