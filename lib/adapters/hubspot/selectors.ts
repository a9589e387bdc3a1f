import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Where HubSpot (app.hubspot.com, app-eu1.hubspot.com) shows a CRM record. Its class names are
 * styled-components hashes, so only HubSpot's own test hooks are used (`data-test-id`,
 * `data-selenium-test`, which its UI keeps for its test suites), never classes or labels
 * (localized, renamed by admins). Where these hooks come from: docs/crm-sources.md (HubSpot).
 * Golden pages in test/fixtures/hubspot/.
 */

/** The record's left column: highlight card and "About this …" properties. */
export const SIDEBAR = [
  '[data-test-id="left-sidebar"]',
  '[data-scroll-trackable-container="left-sidebar"]',
  '[data-selenium-test="highlightedPropertySidebar"]',
];

/** The highlight card at the top of the sidebar; its title is the record's name. */
export const HIGHLIGHT = ['[data-test-id="record-highlight-main-content"]'];
export const TITLE = ['[data-selenium-test="highlightTitle"]'];

/** A property's value: an input or textarea in the sidebar, or text where it is read-only. */
export const PROPERTY_ATTR = 'data-selenium-test';
export const property = (name: string): string => `[${PROPERTY_ATTR}="property-input-${name}"]`;

/** Properties holding a contact's addresses (HubSpot's default contact properties). */
export const EMAIL_PROPERTIES = ['email', 'hs_additional_emails', 'work_email'];
/** A company's (or a contact's) website: `domain` is the company's, `website` the free text one. */
export const WEBSITE_PROPERTIES = ['domain', 'website'];
/** The company's name: `name` on a company, `company` (free text) on a contact. */
export const COMPANY_PROPERTIES = ['name', 'company'];
export const FIRST_NAME = 'firstname';
export const LAST_NAME = 'lastname';

/** The primary associated company (right sidebar card or chicklet) of a contact or a deal. */
export const ASSOCIATED_COMPANY = [
  '[data-selenium-test="company-chicklet-title-link"]',
  '[data-selenium-test="card-id-ASSOCIATION_TABLE/0-2"] td:first-child a',
];

/** Record pages: /contacts/<portal>/record/<objectTypeId>/<id>, and the older per-type paths. */
export const RECORD_PATH = /^\/contacts\/(\d{1,12})\/record\/(\d{1,4}-\d{1,12})\/(\d{1,20})(?:\/|$)/;
export const LEGACY_PATH = /^\/contacts\/(\d{1,12})\/(contact|company|deal)\/(\d{1,20})(?:\/|$)/;

/** HubSpot's object type ids: 0-1 contacts, 0-2 companies, 0-3 deals, 0-136 leads. */
export const OBJECT_TYPES: ReadonlyMap<string, 'contact' | 'company' | 'deal' | 'lead'> = new Map([
  ['0-1', 'contact'],
  ['0-2', 'company'],
  ['0-3', 'deal'],
  ['0-136', 'lead'],
  ['contact', 'contact'],
  ['company', 'company'],
  ['deal', 'deal'],
] as const);

/**
 * HubSpot re-renders the record's columns in place when the user opens another record, so the
 * body is observed. React sets an input's value as a property, which no observer sees: a few
 * reads follow each route change (WatchSpec.settleReads).
 */
export const WATCH: WatchSpec = {
  attributes: [...HIDING_ATTRS, 'href', 'value', PROPERTY_ATTR, 'data-test-id'],
  settleReads: [150, 600, 1500],
};
