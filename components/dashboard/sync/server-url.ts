/** The server a user typed, as the worker receives it and as the browser's permission names it. */
export interface SyncServerTarget {
  /** http(s) URL without credentials, query, fragment or trailing slash (CouchDB may live under a path). */
  serverUrl: string;
  origin: string;
  /** The optional host permission asked for from the click (any port of the host, as Chrome matches). */
  pattern: string;
}

/**
 * Reads a server address: "couch.example.com", "https://couch.example.com/db-root/",
 * "http://127.0.0.1:5984". A bare host means https. Credentials in the URL are refused (they
 * belong in the user name and password fields, never in a stored URL). Null when unusable.
 */
export function parseSyncServer(input: string): SyncServerTarget | null {
  const raw = input.trim();
  if (!raw || raw.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || !url.hostname) return null;
  const path = url.pathname.replace(/\/+$/, '');
  return {
    serverUrl: `${url.origin}${path}`,
    origin: url.origin,
    pattern: `${url.protocol}//${url.hostname}/*`,
  };
}
