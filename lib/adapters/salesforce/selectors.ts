import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where Salesforce Lightning Experience (*.lightning.force.com) shows a record. Its components
 * are custom elements whose tag names are stable across orgs and releases; labels are localized
 * and renamed by admins, so fields are found by their API name (`data-target-selection-name`,
 * "sfdc:RecordField.<Object>.<Field>") and by the output component that renders them, never by
 * label text. Where these hooks come from: docs/crm-sources.md (Salesforce).
 * Golden pages in test/fixtures/salesforce/. Verify against a live org when one is at hand.
 */

/**
 * A record page. Lightning keeps the pages of recently visited records (and every console tab) in
 * the DOM, hidden: the visible one is the open record.
 */
export const RECORD_PAGE = ['one-record-home-flexipage2', 'records-record-home', '.oneConsoleTab.active'];

/** The highlights panel at the top of a record: its name and key fields. */
export const HIGHLIGHTS = 'records-lwc-highlights-panel, records-highlights2, force-highlights2';

/** The record's name in the highlights panel (a person's full name, the company, the deal). */
export const TITLE = [
  '[slot="primaryField"]',
  'h1 lightning-formatted-name',
  'h1 lightning-formatted-text',
  '.slds-page-header__title',
  'h1',
];

/** One field of the record layout or the highlights panel. */
export const FIELD = '[data-target-selection-name^="sfdc:RecordField."]';
export const FIELD_ATTR = 'data-target-selection-name';
export const HIGHLIGHT_ITEM = 'records-highlights-details-item';

/** Related lists (an account's contacts, a contact's cases): other records, never this one. */
export const RELATED =
  '[data-component-id="force_relatedListContainer"], lst-related-list-single-container, lst-related-list-view-manager';

/** Output components: an email shown as a mailto link, a website as a link. */
export const EMAIL_LINK = 'lightning-formatted-email a[href], a[href^="mailto:" i]';
export const URL_LINK = 'lightning-formatted-url a[href]';
/** A lookup to another record (Account Name on a contact or an opportunity). */
export const LOOKUP_TEXT = 'force-lookup a, records-hoverable-link a, a[data-navigation="enable"]';

/** Fields by API name (the part after the object): the company's website and name. */
export const WEBSITE_FIELDS = ['Website'];
/** Where a person's or a deal's company is named: a lookup (AccountId) or text (Lead.Company). */
export const COMPANY_FIELDS = ['AccountId', 'Company'];

/** Record pages: /lightning/r/<Object>/<id>/view; the console names its workspace in `ws`. */
export const RECORD_PATH = /^\/lightning\/r\/(?:([A-Za-z][A-Za-z0-9_]{0,79})\/)?([A-Za-z0-9]{15}|[A-Za-z0-9]{18})\/view\/?$/;

/** Standard objects Keyside knows; everything else (Case, custom objects) is 'other'. */
export const RECORD_TYPES: ReadonlyMap<string, 'contact' | 'company' | 'deal' | 'lead'> = new Map([
  ['Contact', 'contact'],
  ['Account', 'company'],
  ['Opportunity', 'deal'],
  ['Lead', 'lead'],
] as const);

/**
 * Lightning swaps record pages inside its app container, which survives navigation; the fields
 * and links it reads come with their elements, so only hiding and the console's active tab
 * matter among attributes. Native shadow content is not seen by an observer on the light DOM:
 * reads are repeated a few times after a route change (WatchSpec.settleReads).
 */
export const WATCH: WatchSpec = {
  attributes: [...HIDING_ATTRS, 'class', 'href', FIELD_ATTR],
  classes: ['active', 'slds-hide', 'hide'],
  settleReads: [150, 500, 1200, 2500],
};
