import type { SpaceKeys } from './keys';
import { spaceKeyBytes, type SharedSpace } from './sharing/space';

/**
 * The document keys of a shared space (lib/sync/sharing/space.ts holds its raw keys by version).
 * The AES-GCM key of each version comes from that version's raw key through HKDF; the document-id
 * key comes from the space's first key, so a record keeps its document id across rotations and a
 * rekey rewrites documents in place (the server sees a new revision, not a new record). A member
 * removed from the space keeps the ability to compute ids, but the server no longer lets them in
 * and every later revision is sealed with a key they never received (SECURITY.md, sync).
 */

const utf8 = (s: string) => new TextEncoder().encode(s);
const params = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: utf8('keyside-shared-space'), info: utf8(info) });

async function ikmOf(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
}

export interface Keyring {
  /** New documents are sealed with these (the current key version). */
  current: SpaceKeys;
  /** The keys that open a document of version `kv`; undefined when this device does not hold it. */
  forVersion(kv: number): Promise<SpaceKeys | undefined>;
}

/** The oldest version this device holds: every member receives every version's wrap. */
const firstVersion = (space: SharedSpace) => Math.min(...Object.keys(space.keys).map(Number));

export async function sharedKeyring(space: SharedSpace): Promise<Keyring> {
  const first = spaceKeyBytes(space, firstVersion(space));
  if (!first) throw new Error('The shared space holds no key.');
  const hmac = await crypto.subtle.deriveKey(
    params('doc-id'),
    await ikmOf(first),
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  const cache = new Map<number, Promise<SpaceKeys | undefined>>();
  const forVersion = (kv: number) => {
    let found = cache.get(kv);
    if (!found) {
      found = (async () => {
        const raw = spaceKeyBytes(space, kv);
        if (!raw) return undefined;
        const aes = await crypto.subtle.deriveKey(
          params(`space-key/v${kv}`),
          await ikmOf(raw),
          { name: 'AES-GCM', length: 256 },
          false,
          ['encrypt', 'decrypt'],
        );
        return { spaceId: space.spaceId, keyVersion: kv, aes, hmac };
      })();
      cache.set(kv, found);
    }
    return found;
  };
  const current = await forVersion(space.kv);
  if (!current) throw new Error('The shared space lacks its current key.');
  return { current, forVersion };
}

/** The personal space has one key version: its keyring opens nothing else. */
export function singleKeyring(keys: SpaceKeys): Keyring {
  return { current: keys, forVersion: (kv) => Promise.resolve(kv === keys.keyVersion ? keys : undefined) };
}
