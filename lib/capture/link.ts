import { clipGraphemes } from './truncate';

/** The only schemes a stored link may have: anything else (javascript:, data:, vbscript:, file:, blob:) can run code or read local files when clicked. */
export const SAFE_LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Same bound as PageContext.url: longer "links" are payloads, not addresses. */
export const MAX_URL_LENGTH = 4000;

export interface CapturedLink {
  /** Absolute http(s)/mailto URL, credentials removed. */
  url: string;
  /** The link's words, one line; the URL when the link had none. */
  text: string;
}

/**
 * `href` as a safe absolute URL, or null. Relative links resolve against `base` (the page).
 * The check runs on the parsed URL, not the string, because the URL parser is what the browser
 * uses too: "  JaVa\tScRiPt:" parses to "javascript:" and is refused here the same way.
 * User names and passwords in http(s) URLs are dropped so a clip never stores a secret.
 */
export function safeUrl(href: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(href) : new URL(href, base);
  } catch {
    return null;
  }
  if (!SAFE_LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') {
    if (url.pathname.trim() === '') return null;
  } else {
    if (url.hostname === '') return null;
    url.username = '';
    url.password = '';
  }
  return url.href.length > MAX_URL_LENGTH ? null : url.href;
}

/** A right-clicked link for the dossier, or null when its target is not a safe web/mail link. */
export function captureLink(link: { href: string; text?: string }, pageUrl: string): CapturedLink | null {
  const url = safeUrl(link.href, isAbsolute(pageUrl) ? pageUrl : undefined);
  if (url === null) return null;
  const words = (link.text ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
  return { url, text: words === '' ? url : clipGraphemes(words, 500) };
}

function isAbsolute(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
