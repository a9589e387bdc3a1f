import { sendMessage } from './worker-channel';

/** Invitations are a few KB; anything near this is not one, and the page's memory is not ours. */
export const MAX_INVITE_BYTES = 256 * 1024;

/**
 * Reads `url` as text if it is on this page's origin and no larger than the cap; null otherwise.
 * Credentials 'same-origin': the webmail's own session cookie, never sent anywhere else.
 */
export async function fetchInviteText(url: string, pageOrigin: string, signal: AbortSignal): Promise<string | null> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.origin !== pageOrigin) return null;
  const res = await fetch(target.href, { credentials: 'same-origin', signal });
  // A redirect elsewhere (a download host) ends the matter: only the page's own origin is read.
  if (!res.ok || !res.body || new URL(res.url || target.href).origin !== pageOrigin) return null;
  if (Number(res.headers.get('content-length') ?? 0) > MAX_INVITE_BYTES) return null;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_INVITE_BYTES) {
      void reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Follows the page context's `inviteUrl`: when it changes, fetches the file once and hands the
 * text to the background (which parses it: ical.js stays out of the content script). Failures
 * are silent — the panel then simply offers no invitation.
 */
export function inviteFollower(signal: AbortSignal): (inviteUrl: string | undefined) => void {
  let current = '';
  return (inviteUrl) => {
    const url = inviteUrl ?? '';
    if (url === current) return;
    current = url;
    if (!url) return;
    fetchInviteText(url, location.origin, signal)
      .then((text) => {
        if (text !== null && current === url) return sendMessage('inviteText', { url, text });
      })
      .catch(() => undefined);
  };
}
