import type { PouchLike } from './pouch-types';
import { readSharingDoc, writeSharingDoc } from './sharing-doc';
import type { SharingService } from './sharing/sharing-service';
import type { SharedSpace } from './sharing/space';

/** What a run asks of sharing (lib/sync/sharing/sharing-service.ts). */
export type SharingRun = Pick<SharingService, 'adopt' | 'discover' | 'exportFor' | 'markRekeyed'>;

/**
 * The sharing part of a run, before the records (docs/architecture.md, "Sync"): the personal
 * mirror has just pulled, so the sharing state other devices of this user left there is merged in
 * (the same identity and owned spaces on every device); then the inbox tells which spaces others
 * share with this identity and which were revoked (`discover`); the result goes back into the
 * personal space when it differs. Answers the spaces this run syncs.
 */
export async function prepareSharing(mirror: PouchLike, sharing: SharingRun): Promise<SharedSpace[]> {
  const doc = await readSharingDoc(mirror);
  const { identity, spaces } = await sharing.adopt(doc.states);
  let held = spaces;
  if (identity) {
    try {
      held = await sharing.discover();
    } catch {
      // An inbox the server refuses or cannot read now: the spaces as held; the next run asks again.
    }
  }
  await publishSharing(mirror, sharing, doc);
  return held;
}

/** Writes this device's sharing state into the personal mirror when the mirror's differs. */
export async function publishSharing(
  mirror: PouchLike,
  sharing: Pick<SharingRun, 'exportFor'>,
  read?: Awaited<ReturnType<typeof readSharingDoc>>,
): Promise<boolean> {
  const doc = read ?? (await readSharingDoc(mirror));
  const sealed = await sharing.exportFor(doc.states);
  if (!sealed) return false;
  await writeSharingDoc(mirror, sealed, doc.rev, doc.losers);
  return true;
}
