import { calendarGoogleAdapter } from './calendar-google';
import { calendarOutlookAdapter } from './calendar-outlook';
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import { pipedriveAdapter } from './pipedrive';
import { roundcubeAdapter } from './roundcube';
import { findAdapterAmong } from './find-adapter';
import type { SiteAdapter } from './types';

/**
 * The built-in adapters in the order they are tried (docs/architecture.md, convention 2). Adapters
 * known by URL come first; adapters known by DOM (`matchesDocument`) are tried only when no URL
 * matched, whatever their place here. Calendar and CRM adapters (lib/adapters/calendar-*,
 * crm-*) join this list as URL adapters.
 */
export const builtInAdapters: readonly SiteAdapter[] = [
  gmailAdapter,
  outlookAdapter,
  // calendar-* and crm-* adapters go here.
  pipedriveAdapter,
  calendarGoogleAdapter,
  calendarOutlookAdapter,
  roundcubeAdapter,
];

/** The adapter for this page among every built-in one (tests, tools); see findAdapterAmong. */
export function findAdapter(url: URL, doc: Document, extra: readonly SiteAdapter[] = []): SiteAdapter | undefined {
  return findAdapterAmong(builtInAdapters, url, doc, extra);
}
