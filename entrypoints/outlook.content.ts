// First: hides a page element named `browser` before the extension API is read (see the module).
import '@/lib/content/isolated-runtime';
import { isOutlookCalendar } from '@/lib/adapters/calendar-outlook/route';
import { outlookAdapter } from '@/lib/adapters/outlook';
import { outlookMatches } from '@/lib/adapters/host-matches';
import { lazyAdapter } from '@/lib/content/lazy-adapter';
import { startHost } from '@/lib/content/start-host';

/**
 * Outlook on the web: mail (reading pane, full page) and the calendar's event pages, whose adapter
 * the worker injects on the first calendar route (lib/content/adapter-code.ts).
 */
export default defineContentScript({
  matches: outlookMatches,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startHost(ctx, [outlookAdapter, lazyAdapter('calendar-outlook', isOutlookCalendar)]),
});
