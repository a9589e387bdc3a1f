import { OUTLOOK_HOSTS } from '@/lib/adapters/outlook/hosts';

/** Calendar routes only (`/calendar/…`); mail routes belong to the outlook adapter. */
const CALENDAR_PATH = /^\/calendar(\/|$)/;

/**
 * Whether `url` is Outlook on the web's calendar. Its own module: Outlook's content script checks
 * it without the calendar adapter, which it loads only on a calendar route (lib/content/lazy-adapter.ts).
 */
export function isOutlookCalendar(url: URL): boolean {
  return url.protocol === 'https:' && OUTLOOK_HOSTS.has(url.hostname) && CALENDAR_PATH.test(url.pathname);
}
