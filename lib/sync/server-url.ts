/**
 * The database of the user's own space on the server. A URL with a path names the database
 * itself (`https://couch.example/keyside-anna`); a bare server URL uses CouchDB's per-user
 * database name, `userdb-<hex of the user name>`, which CouchDB creates for each user when
 * `couch_peruser` is on (README, "Running CouchDB for a team").
 */
export function databaseUrl(serverUrl: string, username: string): string {
  const url = new URL(serverUrl);
  const path = url.pathname.replace(/\/+$/, '');
  if (path !== '') return `${url.origin}${path}`;
  const hex = [...new TextEncoder().encode(username)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${url.origin}/userdb-${hex}`;
}

/** The origin pattern the optional host permission must cover. */
export const originPattern = (serverUrl: string): string => `${new URL(serverUrl).origin}/*`;
