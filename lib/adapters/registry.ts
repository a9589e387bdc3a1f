import { calendarGoogleAdapter } from './calendar-google';
import { calendarOutlookAdapter } from './calendar-outlook';
import { dynamicsAdapter } from './dynamics';
import { gmailAdapter } from './gmail';
import { hubspotAdapter } from './hubspot';
import { outlookAdapter } from './outlook';
import { pipedriveAdapter } from './pipedrive';
import { roundcubeAdapter } from './roundcube';
import { salesforceAdapter } from './salesforce';
import { zohoAdapter } from './zoho';
import { findAdapterAmong } from './find-adapter';
import type { SiteAdapter } from './types';

/**
 * The built-in adapters in the order they are tried (docs/architecture.md, convention 2). Adapters
 * known by URL come first; adapters known by DOM (`matchesDocument`) are tried only when no URL
 * matched, whatever their place here. Calendar and CRM adapters (lib/adapters/calendar-*, and
 * the CRMs of lib/adapters/crm-sites.ts) are URL adapters.
 */
export const builtInAdapters: readonly SiteAdapter[] = [
  gmailAdapter,
  outlookAdapter,
  calendarGoogleAdapter,
  calendarOutlookAdapter,
  salesforceAdapter,
  hubspotAdapter,
  pipedriveAdapter,
  zohoAdapter,
  dynamicsAdapter,
  roundcubeAdapter,
];

/** The adapter for this page among every built-in one (tests, tools); see findAdapterAmong. */
export function findAdapter(url: URL, doc: Document, extra: readonly SiteAdapter[] = []): SiteAdapter | undefined {
  return findAdapterAmong(builtInAdapters, url, doc, extra);
}
