import { deriveSpaceKeys, secretOf } from '@/lib/sync/keys';
import { sharedKeyring } from '@/lib/sync/shared-keys';
import { openState } from '@/lib/sync/sharing/state';

/**
 * For the deputy spec: what a device knows of a shared space, read the way a thief of the deputy's
 * device with its recovery words could — the sealed sharing state from the extension's database,
 * opened with the personal key those words derive.
 */
export async function spaceKeyOf(words: string[], sealedState: unknown, accountId: string) {
  const personal = await deriveSpaceKeys(secretOf(words));
  const state = await openState(sealedState, personal.aes);
  const space = state.spaces.find((s) => s.accountId === accountId);
  if (!space) return undefined;
  const keys = await sharedKeyring(space);
  return { spaceId: space.spaceId, kv: space.kv, aes: keys.current.aes };
}

const fromBase64 = (s: string) => Uint8Array.from(Buffer.from(s, 'base64'));

/**
 * A raw AES-GCM attempt on one document, with the additional data the envelope binds
 * (lib/sync/envelope.ts) for any key version up to `maxKv`: true when the key opens it.
 */
export async function opensWith(aes: CryptoKey, spaceId: string, doc: { _id: string; ct?: unknown }, maxKv: number) {
  if (typeof doc.ct !== 'string') return false;
  const bytes = fromBase64(doc.ct);
  for (let kv = 1; kv <= maxKv; kv++) {
    try {
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: bytes.subarray(0, 12),
          additionalData: new TextEncoder().encode(`keyside/v1|${spaceId}|${doc._id}|${kv}`),
        },
        aes,
        bytes.subarray(12),
      );
      return true;
    } catch {
      // Not this version: try the next.
    }
  }
  return false;
}
