import type { AppDB } from '@/lib/db/app-db';
import { handle } from '@/lib/messaging/handle';
import { pagesToWorker } from '@/lib/messaging/pages-to-worker';
import { loadPouch } from '@/lib/sync/pouch';
import { classify, disable, enable, forget, join, SyncFailure } from '@/lib/sync/space';
import { deriveSpaceKeys } from '@/lib/sync/keys';
import { fromBase64, readConfig, readOn } from '@/lib/sync/state';
import { hasServerPermission, SyncService } from './sync-service';
import type { SharingSource } from './sync-share-handlers';

const failed = (e: unknown) => ({ ok: false as const, error: classify(e) });

async function requirePermission(serverUrl: string): Promise<void> {
  if (!(await hasServerPermission(serverUrl)))
    throw new SyncFailure(
      'permission',
      `Keyside may not connect to ${new URL(serverUrl).origin} yet: the browser must allow it first.`,
    );
}

/** The own-space sync messages (lib/messaging/sync-messages.ts), answered by lib/sync. */
export function startSyncHandlers(db: AppDB, later: (task: () => void) => void): SyncService {
  const service = new SyncService(db);
  service.start(later);
  handle(pagesToWorker['sync.status'], () => service.status());
  handle(pagesToWorker['sync.enable'], async (login) => {
    try {
      await requirePermission(login.serverUrl);
      const recoveryWords = await enable(db, await loadPouch(), login);
      service.schedule(0);
      return { ok: true as const, recoveryWords };
    } catch (e) {
      return failed(e);
    }
  });
  handle(pagesToWorker['sync.join'], async ({ recoveryWords, ...login }) => {
    try {
      await requirePermission(login.serverUrl);
      await join(db, await loadPouch(), login, recoveryWords);
      service.schedule(0);
      return { ok: true as const };
    } catch (e) {
      return failed(e);
    }
  });
  handle(pagesToWorker['sync.runNow'], async () => {
    try {
      await service.run();
      return { ok: true as const, status: await service.status() };
    } catch (e) {
      return failed(e);
    }
  });
  handle(pagesToWorker['sync.disable'], async () => {
    try {
      await disable(db);
      await service.stop();
      return { ok: true as const };
    } catch (e) {
      return failed(e);
    }
  });
  handle(pagesToWorker['sync.forget'], async () => {
    try {
      await service.stop();
      // PouchDB is loaded only to remove a mirror that exists.
      await forget(db, (await readConfig(db)) ? await loadPouch() : undefined);
      return { ok: true as const };
    } catch (e) {
      return failed(e);
    }
  });
  return service;
}

/**
 * What sharing needs from the own space (lib/background/sync-share-handlers.ts): its AES-GCM key,
 * derived from the recovery secret like every device's, and the sync login with the server's
 * root (a URL with a path names the own database, not the server). Both null while sync is off.
 */
export function sharingSource(db: AppDB): SharingSource {
  const onConfig = async () => ((await readOn(db)) ? await readConfig(db) : undefined);
  return {
    personalKey: async () => {
      const config = await onConfig();
      return config ? (await deriveSpaceKeys(fromBase64(config.secret), config.keyVersion)).aes : null;
    },
    login: async () => {
      const config = await onConfig();
      return config
        ? { serverUrl: new URL(config.serverUrl).origin, username: config.username, password: config.password }
        : null;
    },
  };
}
