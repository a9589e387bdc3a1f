/** Base64 of bytes and back, in linear time; `fromBase64` refuses anything but the standard alphabet. */

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks: String.fromCharCode with a whole package as arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

const ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes, or undefined when the text is not canonical base64 (a damaged or edited file). */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !ALPHABET.test(text)) return undefined;
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
