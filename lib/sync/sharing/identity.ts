import { fromBase64Url, randomBytes, toBase64Url, utf8 } from './bytes';

/**
 * A user's sharing identity: an ECDH P-256 key pair. The public key travels as base64url SPKI
 * (the invite code, the members document); the private key leaves the device only sealed with
 * AES-GCM under the personal space key (lib/sync provides that key), so a second device of the
 * same user that joins with the recovery secret opens the same identity.
 */

export const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;

export interface Identity {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** base64url SPKI of the public key. */
  publicSpki: string;
}

/** The private key sealed for storage: AES-GCM over its PKCS#8 bytes. */
export interface SealedIdentity {
  v: 1;
  publicSpki: string;
  iv: string;
  ct: string;
}

/** Binds the sealed blob to its purpose and its public key, so it cannot pass for other data. */
const sealAd = (publicSpki: string) => utf8(`keyside:identity:v1:${publicSpki}`);

export async function generateIdentity(): Promise<{ identity: Identity; pkcs8: Uint8Array<ArrayBuffer> }> {
  const pair = await crypto.subtle.generateKey(ECDH_P256, true, ['deriveBits']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  // The working copy of the private key is not extractable; only the sealed bytes persist.
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ECDH_P256, false, ['deriveBits']);
  return { identity: { privateKey, publicKey: pair.publicKey, publicSpki: toBase64Url(spki) }, pkcs8 };
}

export async function sealIdentity(
  pkcs8: Uint8Array<ArrayBuffer>,
  publicSpki: string,
  spaceKey: CryptoKey,
): Promise<SealedIdentity> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: sealAd(publicSpki) }, spaceKey, pkcs8);
  return { v: 1, publicSpki, iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) };
}

export class IdentityError extends Error {
  override name = 'IdentityError';
}

/** Opens a sealed identity; throws IdentityError when the key is wrong or the blob was altered. */
export async function openIdentity(sealed: SealedIdentity, spaceKey: CryptoKey): Promise<Identity> {
  const iv = fromBase64Url(sealed.iv);
  const ct = fromBase64Url(sealed.ct);
  if (!iv || !ct || iv.length !== 12) throw new IdentityError('The stored identity is damaged.');
  let pkcs8: ArrayBuffer;
  try {
    pkcs8 = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: sealAd(sealed.publicSpki) }, spaceKey, ct);
  } catch {
    throw new IdentityError('The stored identity does not open with this space key.');
  }
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ECDH_P256, false, ['deriveBits']);
  const publicKey = await importPublicKey(sealed.publicSpki);
  if (!publicKey) throw new IdentityError('The stored identity is damaged.');
  return { privateKey, publicKey, publicSpki: sealed.publicSpki };
}

/** Imports a base64url SPKI public key; null when it is not a P-256 point. */
export async function importPublicKey(publicSpki: string): Promise<CryptoKey | null> {
  const spki = fromBase64Url(publicSpki);
  if (spki?.length !== 91) return null;
  try {
    return await crypto.subtle.importKey('spki', spki, ECDH_P256, true, []);
  } catch {
    return null;
  }
}

/** The 65-byte uncompressed point of a public key (what HKDF binds a wrap to). */
export async function rawPublicKey(publicKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
}

/** The working identity from its stored bytes (the private key is imported non-extractable). */
export async function identityFromPkcs8(pkcs8: Uint8Array<ArrayBuffer>, publicSpki: string): Promise<Identity> {
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ECDH_P256, false, ['deriveBits']);
  const publicKey = await importPublicKey(publicSpki);
  if (!publicKey) throw new IdentityError('The stored identity is damaged.');
  return { privateKey, publicKey, publicSpki };
}
