import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Dynamics 365 Sales (Unified Interface, `*.crmN.dynamics.com/main.aspx`) shows a record.
 * Its classes are generated, but every form part carries a `data-id` built from the column's
 * logical name, which Microsoft's own UI test framework relies on (docs/crm-sources.md, Dynamics).
 * Form values live in `<input>`s: read the value (property, then attribute), then `title`.
 * Golden pages in test/fixtures/dynamics/.
 */

/** The record's form; fields are read inside it. */
export const EDIT_FORM = '[data-id="editFormRoot"]';
/** The record form (and, where a form renders without that root, its header). */
export const FORM_ROOT = [EDIT_FORM, '[data-id="form-header"]', '[data-id="header_title"]'];

/** The record's name as the header shows it (`title` holds it without the save state). */
export const HEADER_TITLE = ['[data-id="header_title"]'];

/** Email columns (emailaddress1–3 and custom ones) in the form body or its header. */
export const EMAILS = ['[data-id$=".fieldControl-mail-text-input"]'];

/** The company's website column (account, contact, lead), in the body or the header. */
export const WEBSITES = [
  '[data-id="websiteurl.fieldControl-url-text-input"]',
  '[data-id="header_websiteurl.fieldControl-url-text-input"]',
];

const lookup = (name: string) => [
  `[data-id="${name}.fieldControl-LookupResultsDropdown_${name}_selected_tag_text"]`,
  `[data-id="${name}.fieldControl-LookupResultsDropdown_${name}_selected_tag"]`,
  `[data-id="header_${name}.fieldControl-LookupResultsDropdown_${name}_selected_tag_text"]`,
];

/** The company a record belongs to, per entity: the account's own name, else the account lookup. */
export const COMPANY: Readonly<Record<string, readonly string[]>> = {
  account: ['[data-id="name.fieldControl-text-box-text"]', ...HEADER_TITLE],
  contact: lookup('parentcustomerid'),
  opportunity: [...lookup('parentaccountid'), ...lookup('customerid')],
  lead: ['[data-id="companyname.fieldControl-text-box-text"]', ...lookup('parentaccountid')],
};

/** Entity logical names → the record's kind. */
export const ENTITY_TYPES: Readonly<Record<string, 'contact' | 'company' | 'deal' | 'lead'>> = {
  contact: 'contact',
  account: 'company',
  opportunity: 'deal',
  lead: 'lead',
};

/** A record's id: a GUID, sometimes in braces (`%7B…%7D`). */
export const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/**
 * Switching records re-renders the form under the body; a value changed in place shows in the
 * input's mirrored `value`/`title` attributes.
 */
export const WATCH: WatchSpec = {
  attributes: [...HIDING_ATTRS, 'data-id', 'value', 'title'],
};
