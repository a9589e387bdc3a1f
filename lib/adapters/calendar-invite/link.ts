/**
 * Invitation attachments in webmail (Gmail, Roundcube): which attachment is an iCalendar file,
 * and its address, only when it is on the page's own origin. The content script later fetches
 * it with the user's session, so a link to anywhere else is never followed.
 */

const ICS_MIME = /^(text|application)\/(calendar|ics)$/i;
const ICS_NAME = /\.ics$/i;

/** An attachment named like an invitation (`invite.ics`) or typed text/calendar. */
export function isIcsAttachment(mime: string, fileName: string): boolean {
  return ICS_MIME.test(mime.trim()) || ICS_NAME.test(fileName.trim());
}

/** `href` resolved against `base`, or '' unless it is http(s) on the page's own origin. */
export function sameOriginUrl(href: string | null | undefined, base: URL | string, pageOrigin: string): string {
  if (!href) return '';
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    return url.origin === pageOrigin ? url.href.slice(0, 4000) : '';
  } catch {
    return '';
  }
}
