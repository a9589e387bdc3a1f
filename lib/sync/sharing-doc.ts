import type { PouchDoc, PouchLike } from './pouch-types';

/**
 * The sharing state (identity key pair and shared spaces, sealed with the personal space key by
 * lib/sync/sharing/state.ts) as one document of the personal space, so every device of the user
 * holds the same identity and the keys of the spaces they own or were given. Its id says what it
 * is, not what it holds; its body is the sealed blob only.
 */
export const SHARING_DOC_ID = 'keyside-sharing';

interface SharingDoc extends PouchDoc {
  state?: unknown;
}

/** Every revision of the document the mirror holds (the winner first), or none. */
export async function readSharingDoc(mirror: PouchLike): Promise<{ rev?: string; losers: string[]; states: unknown[] }> {
  let doc: SharingDoc;
  try {
    doc = await mirror.get(SHARING_DOC_ID, { conflicts: true });
  } catch (e) {
    if (typeof e === 'object' && e !== null && (e as { status?: unknown }).status === 404) return { losers: [], states: [] };
    throw e;
  }
  const losers = doc._conflicts ?? [];
  const others = (await Promise.all(losers.map((rev) => mirror.get(SHARING_DOC_ID, { rev })))) as SharingDoc[];
  return { ...(doc._rev ? { rev: doc._rev } : {}), losers, states: [doc.state, ...others.map((o) => o.state)] };
}

/** Writes the merged state over the winner and removes the conflicting revisions it absorbed. */
export async function writeSharingDoc(
  mirror: PouchLike,
  state: unknown,
  rev: string | undefined,
  losers: string[],
): Promise<void> {
  const doc = { _id: SHARING_DOC_ID, ...(rev ? { _rev: rev } : {}), state } as SharingDoc;
  await mirror.bulkDocs([doc, ...losers.map((r) => ({ _id: SHARING_DOC_ID, _rev: r, _deleted: true }))]);
}
