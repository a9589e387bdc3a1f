import { open, seal } from './envelope';
import type { PouchDoc, PouchLike } from './pouch-types';
import type { Keyring } from './shared-keys';

/** Documents per page while re-encrypting a space. */
const PAGE = 200;

/**
 * After a member was removed (lib/sync/sharing/space.ts, revokeMember) every live document of the
 * space still sealed with an older key version is opened and sealed again with the current one, in
 * place (same id, a new revision). Once pushed, nothing on the server opens with the keys the
 * removed member held. Returns how many documents it rewrote.
 */
export async function rekeySpace(mirror: PouchLike, keyring: Keyring, isRecordDoc: (doc: PouchDoc) => boolean): Promise<number> {
  const target = keyring.current.keyVersion;
  let since: number | string = 0;
  let written = 0;
  for (;;) {
    const page = await mirror.changes({ since, limit: PAGE, include_docs: true, conflicts: false });
    if (page.results.length === 0) return written;
    const redo: PouchDoc[] = [];
    for (const change of page.results) {
      const doc = change.doc;
      if (!doc || doc._deleted || !isRecordDoc(doc) || doc.kv === target) continue;
      const old = typeof doc.kv === 'number' ? await keyring.forVersion(doc.kv) : undefined;
      // A document no version opens was never this space's: leave it for the apply step to report.
      if (!old) continue;
      const payload = await open(old, doc);
      redo.push({ ...(await seal(keyring.current, payload)), ...(doc._rev ? { _rev: doc._rev } : {}) });
    }
    if (redo.length > 0) await mirror.bulkDocs(redo);
    written += redo.length;
    since = page.last_seq;
  }
}
