// First: hides a page element named `browser` before the extension API is read (see the module).
import '@/lib/content/isolated-runtime';
import { calendarOutlookAdapter } from '@/lib/adapters/calendar-outlook';
import { outlookAdapter } from '@/lib/adapters/outlook';
import { outlookMatches } from '@/lib/adapters/host-matches';
import { startHost } from '@/lib/content/start-host';

/** Outlook on the web: mail (reading pane, full page) and the calendar's event pages. */
export default defineContentScript({
  matches: outlookMatches,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startHost(ctx, [outlookAdapter, calendarOutlookAdapter]),
});
