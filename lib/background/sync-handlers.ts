import { handle } from '@/lib/messaging/handle';
import { pagesToWorker } from '@/lib/messaging/pages-to-worker';

const notYet = { ok: false as const, error: { code: 'not-implemented' as const, message: 'Sync is not available yet.' } };

/** The own-space sync messages; placeholders until the engine (lib/sync) answers them. */
export function startSyncHandlers(): void {
  handle(pagesToWorker['sync.status'], () => ({ state: 'off' as const, pending: 0, conflictsMerged: 0 }));
  handle(pagesToWorker['sync.enable'], () => notYet);
  handle(pagesToWorker['sync.join'], () => notYet);
  handle(pagesToWorker['sync.runNow'], () => notYet);
  handle(pagesToWorker['sync.disable'], () => notYet);
  handle(pagesToWorker['sync.forget'], () => notYet);
}
