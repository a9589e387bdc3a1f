import { fromBase64Url } from './bytes';

/**
 * The fingerprint two people compare once before sharing: SHA-256 of the public key's SPKI bytes,
 * shown as eight groups of five digits (133 bits). Digits read the same in every interface
 * language, unlike an English word list, and can be read aloud over the phone.
 */
export const FINGERPRINT_GROUPS = 8;

export async function fingerprintOf(publicSpki: string): Promise<string> {
  const spki = fromBase64Url(publicSpki);
  if (!spki) throw new Error('not a base64url public key');
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
  const groups: string[] = [];
  // Each group is 4 bytes of the hash read as a number and reduced to five digits; 2^32 mod 100000
  // leaves a bias below 1 in 40,000, so no digit string is noticeably likelier than another.
  for (let g = 0; g < FINGERPRINT_GROUPS; g++) {
    let n = 0;
    for (let i = 0; i < 4; i++) n = n * 256 + (hash[g * 4 + i] ?? 0);
    groups.push(String(n % 100000).padStart(5, '0'));
  }
  return groups.join(' ');
}

/** The groups of a fingerprint as shown (for a layout that wraps between groups). */
export const fingerprintGroups = (fingerprint: string): string[] => fingerprint.split(' ');
