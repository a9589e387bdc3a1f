// First: hides a page element named `browser` before the extension API is read (see the module).
import '@/lib/content/isolated-runtime';
import { calendarGoogleAdapter } from '@/lib/adapters/calendar-google';
import { googleCalendarMatches } from '@/lib/adapters/host-matches';
import { startHost } from '@/lib/content/start-host';

/** Google Calendar event pages: attendees -> their accounts' preparation, one-click scheduling. */
export default defineContentScript({
  matches: googleCalendarMatches,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startHost(ctx, [calendarGoogleAdapter]),
});
