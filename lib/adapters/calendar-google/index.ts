import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { parseGoogleCalendar } from './parse';
import { WATCH } from './selectors';

/** Google Calendar: the event details dialog over any view, and the full event page. */
export const calendarGoogleAdapter: SiteAdapter = {
  name: 'calendar-google',
  samples: {
    accepts: [
      'https://calendar.google.com/calendar/u/0/r/week/2026/11/24',
      'https://calendar.google.com/calendar/u/0/r/eventedit/NGRyZXVwZzJtNWZrOGZ0dm1xcjNtMGw0bzQga2FtQGtleXNpZGUuZXhhbXBsZQ',
      'https://calendar.google.com/calendar/r',
    ],
  },
  matchesUrl: (url) =>
    url.protocol === 'https:' && url.hostname === 'calendar.google.com' && url.pathname.startsWith('/calendar'),
  read: (doc, url) => safeRead('calendar-google', url, () => parseGoogleCalendar(doc, url)),
  watch: WATCH,
};
