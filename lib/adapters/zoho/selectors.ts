import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Zoho CRM (crm.zoho.com / .eu / .in / .com.au) shows a record. Zoho's detail view is a
 * Lyte single-page app whose classes change between releases, so only the element ids it derives
 * from the field's internal name are read: `headervalue_<FIELD>` in the record header,
 * `subvalue_<FIELD>` / `value_<FIELD>` for a field's value and `mouseArea__<FIELD>` for the
 * field's row. An id can appear more than once, so every visible match is read and duplicates
 * dropped. Where these hooks come from: docs/crm-sources.md (Zoho CRM). Golden pages in test/fixtures/zoho/.
 */

/** Record routes: `/crm/org<id>/tab/<Module>/<record id>` (the org part is absent on old URLs). */
export const RECORD_PATH = /^\/crm\/(?:org\d+\/)?tab\/([A-Za-z0-9_]+)\/(\d{6,25})\/?$/;

/** Zoho's module names (the API names of the standard modules) → the record's kind. */
export const MODULE_TYPES: Readonly<Record<string, 'contact' | 'company' | 'deal' | 'lead'>> = {
  Contacts: 'contact',
  Accounts: 'company',
  Potentials: 'deal',
  Deals: 'deal',
  Leads: 'lead',
};

/** Proof that the detail view has rendered: its header or one field row. */
export const DETAIL_VIEW = ['crux-detailpage-header', '#recordDetails', '[id^="headervalue_"]', '[id^="mouseArea__"]'];

/** Email fields (primary, secondary) as the detail view shows them. */
export const EMAILS = [
  '[id="subvalue_EMAIL"]',
  '[id="value_EMAIL"]',
  '[id="subvalue_SECONDARYEMAIL"]',
  '[id="value_SECONDARYEMAIL"]',
  '[id="headervalue_EMAIL"]',
];

/** The company's website (accounts and leads). */
export const WEBSITES = ['[id="subvalue_WEBSITE"]', '[id="value_WEBSITE"]', '[id="headervalue_WEBSITE"]'];

/** The person's name in the header of a contact or lead. */
export const PERSON_NAME = ['[id="headervalue_FULLNAME"]', '[id="headervalue_LASTNAME"]'];

/** The company's name: an account's own header, or the account lookup / company field elsewhere. */
export const ACCOUNT_HEADER = ['[id="headervalue_ACCOUNTNAME"]'];
export const COMPANY_FIELD = [
  '[id="subvalue_ACCOUNTID"]',
  '[id="value_ACCOUNTID"]',
  '[id="headervalue_ACCOUNTID"]',
  '[id="subvalue_COMPANY"]',
  '[id="value_COMPANY"]',
  '[id="headervalue_COMPANY"]',
];

/**
 * Zoho re-renders the detail view under the body on every record switch, so the body is watched;
 * values are found by id and read from text, `title` or `href`.
 */
export const WATCH: WatchSpec = {
  attributes: [...HIDING_ATTRS, 'id', 'title', 'href'],
};
