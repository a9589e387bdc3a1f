import type { AppDB } from '@/lib/db/app-db';
import { readSharingState, writeSharingState } from '@/lib/db/repos/sync-sharing-state';
import { handle } from '@/lib/messaging/handle';
import { pagesToWorker } from '@/lib/messaging/pages-to-worker';
import { CouchAdmin, type ServerLogin } from '@/lib/sync/sharing/couch-admin';
import { SharingError, SharingService } from '@/lib/sync/sharing/sharing-service';

/**
 * What sharing needs from the sync engine: the personal space's AES-GCM key and the sync login
 * (both null while sync is off). lib/background's sync wiring passes the real source; until then
 * every sharing message answers 'not-on' ("turn on sync first").
 */
export interface SharingSource {
  personalKey: () => Promise<CryptoKey | null>;
  login: () => Promise<ServerLogin | null>;
}

const syncOff: SharingSource = {
  personalKey: () => Promise.resolve(null),
  login: () => Promise.resolve(null),
};

const failure = (e: unknown) => {
  const error = e instanceof SharingError ? e : new SharingError('unexpected', String(e));
  return { ok: false as const, error: { code: error.code, message: error.message } };
};

/** Serves sync.identity, sync.share, sync.unshare and sync.members; answers the service for the engine. */
export function startSyncShareHandlers(
  db: AppDB,
  source: SharingSource = syncOff,
  changed: () => void = () => undefined,
): SharingService {
  const sharing = new SharingService({
    personalKey: source.personalKey,
    login: source.login,
    load: () => readSharingState(db),
    save: (sealed) => writeSharingState(db, sealed),
    couch: (login) => new CouchAdmin(login),
    now: () => new Date(),
  });
  handle(pagesToWorker['sync.identity'], () => sharing.identity().then((id) => ({ ok: true as const, ...id }), failure));
  handle(pagesToWorker['sync.share'], ({ accountId, deputy }) =>
    sharing.share(accountId, deputy).then((fingerprint) => {
      changed();
      return { ok: true as const, fingerprint };
    }, failure),
  );
  handle(pagesToWorker['sync.unshare'], ({ accountId, fingerprint }) =>
    sharing.unshare(accountId, fingerprint).then(() => {
      changed();
      return { ok: true as const };
    }, failure),
  );
  handle(pagesToWorker['sync.members'], ({ accountId }) =>
    sharing.members(accountId).then(({ members, role }) => ({ ok: true as const, members, ...(role ? { role } : {}) }), failure),
  );
  return sharing;
}
