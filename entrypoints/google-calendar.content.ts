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
