/**
 * Turns what a user types ("mail.example.com", "https://mail.example.com/roundcube/") into an
 * origin and the match pattern Keyside asks permission for. Returns null for anything else.
 */
export function parseOrigin(input: string): { origin: string; pattern: string } | null {
  const raw = input.trim();
  if (!raw) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return { origin: url.origin, pattern: `${url.protocol}//${url.hostname}/*` };
  } catch {
    return null;
  }
}
