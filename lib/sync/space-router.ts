import { splitRecordKey } from '@/lib/db/sync-tables';
import { docIdOf } from './envelope';
import type { PouchDoc, PouchLike } from './pouch-types';
import type { Keyring } from './shared-keys';
import type { SharedSpace } from './sharing/space';
import { spaceLookup, spaceOfRecord, type SpaceOfAccount } from './sharing/space-of-record';

/** One space a run syncs: its keys, its local mirror and its database on the server. */
export interface SpaceLink {
  /** PERSONAL_SPACE, or a shared space's id. */
  id: string;
  keyring: Keyring;
  mirror: PouchLike;
  remote: PouchLike;
  /** The shared space as this device holds it (absent for the personal space). */
  space?: SharedSpace;
}

/**
 * Which space a queued record is sealed into (lib/sync/engine.ts drains through it), and the
 * tombstones a record leaves in the space it moved out of.
 */
export class SpaceRouter {
  private readonly links: SpaceLink[];
  private readonly spaceOfAccount: SpaceOfAccount;

  constructor(
    private readonly personal: SpaceLink,
    private readonly shared: SpaceLink[],
  ) {
    this.links = [personal, ...shared];
    this.spaceOfAccount = spaceLookup(shared.flatMap((l) => (l.space ? [l.space] : [])));
  }

  /** The space a queued record goes to: its account's shared space, else the personal one. */
  linkOf(table: string, record: Record<string, unknown> | undefined, holder: Map<string, SpaceLink>, k: string) {
    if (record === undefined) return holder.get(k) ?? this.personal;
    const id = spaceOfRecord(table, record, this.spaceOfAccount);
    return this.links.find((l) => l.id === id) ?? this.personal;
  }

  /**
   * For records deleted locally (no fields left to say which account they belonged to): the
   * shared space whose mirror holds their document, by record key.
   */
  async holders(keys: string[]): Promise<Map<string, SpaceLink>> {
    const out = new Map<string, SpaceLink>();
    if (keys.length === 0) return out;
    for (const link of this.shared) {
      const ids = await Promise.all(
        keys.map((k) => {
          const { table, id } = splitRecordKey(k);
          return docIdOf(link.keyring.current, table, id);
        }),
      );
      const found = await link.mirror.allDocs({ keys: ids });
      found.rows.forEach((row, i) => {
        const k = keys[i];
        if (k !== undefined && row.value && !out.has(k)) out.set(k, link);
      });
    }
    return out;
  }

  /**
   * A record that moved to another space leaves the one it was in: its document there becomes a
   * tombstone (no content). A record filed under a shared account leaves the personal space, so
   * the owner's other devices read it only from the shared one; a person moved from a shared
   * account to another leaves the shared space, so a deputy added later never receives it.
   */
  async leaveOthers(target: SpaceLink, moved: { table: string; id: string }[]): Promise<void> {
    if (moved.length === 0 || this.shared.length === 0) return;
    for (const link of this.links) {
      if (link === target) continue;
      const ids = await Promise.all(moved.map((m) => docIdOf(link.keyring.current, m.table, m.id)));
      const found = await link.mirror.allDocs({ keys: ids });
      const dead: PouchDoc[] = found.rows.flatMap((row) =>
        row.value && !row.value.deleted ? [{ _id: row.key, _rev: row.value.rev, _deleted: true }] : [],
      );
      if (dead.length > 0) await link.mirror.bulkDocs(dead);
    }
  }
}
