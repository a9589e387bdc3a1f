import { isHidden, queryAll, textOf } from './dom';
import { normaliseEmail } from './parse-address';

/**
 * Field values as CRM record pages show them. A field is an `<input>` on some forms (Dynamics 365:
 * the value lives in the property, mirrored in the `value` and `title` attributes) and a link or
 * text elsewhere (Zoho: `<a>` with the address as text, a website as `href`). Pure over the given
 * nodes; shared by the CRM adapters so a value reads the same whichever CRM shows it.
 */

/** Where a field element may hold its value, most direct first (the shown text before any link). */
export function valuesOf(el: Element): string[] {
  const found: string[] = [];
  const push = (value: string | null | undefined) => {
    const v = (value ?? '').trim();
    if (v && !found.includes(v)) found.push(v);
  };
  if (el.tagName.toUpperCase() === 'INPUT') {
    push((el as HTMLInputElement).value);
    push(el.getAttribute('value'));
  }
  push(el.getAttribute('title'));
  push(textOf(el));
  // Last: a lookup's link points at the related record, never holds the shown value.
  push(el.getAttribute('href'));
  return found;
}

/** The first visible field's value for the first selector that has one (selectors in priority order). */
export function firstFieldValue(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors)
    for (const el of queryAll(root, [selector])) {
      if (isHidden(el)) continue;
      const value = valuesOf(el)[0];
      if (value) return value;
    }
  return '';
}

// A website field holds a host or a URL: dotted labels, no "@" (an address is not a site). Labels
// exclude "." so the host part has one way to match: linear time on any field's text.
const SITE_LIKE = /^(?:https?:\/\/)?[^\s/@?#.]+(?:\.[^\s/@?#.]+)+\.?(?:[/?#]\S*)?$/i;

/** Every distinct address shown in the email fields and site shown in the website fields. */
export function readRecordFields(
  root: ParentNode,
  emailFields: readonly string[],
  websiteFields: readonly string[],
): { emails: string[]; websites: string[] } {
  const emails: string[] = [];
  for (const el of queryAll(root, emailFields)) {
    if (isHidden(el)) continue;
    const email = valuesOf(el)
      .map((v) => normaliseEmail(v))
      .find(Boolean);
    if (email && !emails.includes(email)) emails.push(email);
  }
  const websites: string[] = [];
  for (const el of queryAll(root, websiteFields)) {
    if (isHidden(el)) continue;
    const site = valuesOf(el).find((v) => v.length <= 500 && SITE_LIKE.test(v));
    if (site && !websites.includes(site)) websites.push(site);
  }
  return { emails, websites };
}
