import { z } from 'zod';
import { fromBase64Url, randomBytes, toBase64Url, utf8 } from './bytes';
import { SharedSpace } from './space';

/**
 * What sharing keeps on a device: the identity key pair and the shared spaces with their keys.
 * At rest it is one AES-GCM blob under the personal space key (lib/sync), so neither the private
 * key nor a space key is ever stored in clear.
 */
export const SharingState = z.object({
  identity: z.object({ spki: z.string(), pkcs8: z.string() }).optional(),
  spaces: z.array(SharedSpace),
});
export type SharingState = z.infer<typeof SharingState>;

export const SealedState = z.object({ v: z.literal(1), iv: z.string(), ct: z.string() });
export type SealedState = z.infer<typeof SealedState>;

const AD = utf8('keyside:sharing-state:v1');

export async function sealState(state: SharingState, key: CryptoKey): Promise<SealedState> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AD }, key, utf8(JSON.stringify(state)));
  return { v: 1, iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) };
}

export class StateError extends Error {
  override name = 'StateError';
}

/** Opens the stored state (an empty one when nothing is stored yet). */
export async function openState(stored: unknown, key: CryptoKey): Promise<SharingState> {
  if (stored === undefined || stored === null) return { spaces: [] };
  const sealed = SealedState.safeParse(stored);
  const iv = sealed.success ? fromBase64Url(sealed.data.iv) : null;
  const ct = sealed.success ? fromBase64Url(sealed.data.ct) : null;
  if (!iv || !ct) throw new StateError('The stored sharing state is damaged.');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: AD }, key, ct);
  } catch {
    throw new StateError('The stored sharing state does not open with this space key.');
  }
  const parsed = SharingState.safeParse(JSON.parse(new TextDecoder().decode(plain)));
  if (!parsed.success) throw new StateError('The stored sharing state is damaged.');
  return parsed.data;
}
