import { handle } from '@/lib/messaging/handle';
import { pagesToWorker } from '@/lib/messaging/pages-to-worker';

const notYet = { ok: false as const, error: { code: 'not-implemented' as const, message: 'Sharing is not available yet.' } };

/**
 * The sharing messages (sync.identity, sync.share, sync.unshare, sync.members). Placeholders until
 * lib/sync/sharing answers them; they say so instead of failing silently.
 */
export function startSyncSharingHandlers(): void {
  handle(pagesToWorker['sync.identity'], () => notYet);
  handle(pagesToWorker['sync.share'], () => notYet);
  handle(pagesToWorker['sync.unshare'], () => notYet);
  handle(pagesToWorker['sync.members'], () => notYet);
}
