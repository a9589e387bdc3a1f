import { textOf } from '@/lib/adapters/dom';
import { parseAddressList } from '@/lib/adapters/parse-address';

/** Where the picked email sits: the element, and the attribute when it is not the element's text. */
export interface EmailSource {
  el: Element;
  /** Undefined: the element's text (lib/schema/site-rule.ts `emailAttribute`). */
  attribute?: string;
  email: string;
}

/** Attributes that hold an address where the text does not, best first; then any data-*. */
const ATTRS = ['href', 'email', 'data-email', 'title', 'aria-label', 'value', 'data-value'];
const MAX_TEXT = 400;

function sourceOf(el: Element, readText = true): EmailSource | null {
  const text = readText ? textOf(el) : '';
  if (text && text.length <= MAX_TEXT) {
    const [first] = parseAddressList(text);
    if (first) return { el, email: first.email };
  }
  const names = [...ATTRS, ...[...el.attributes].map((a) => a.name).filter((n) => n.startsWith('data-'))];
  for (const name of names) {
    const [first] = parseAddressList(el.getAttribute(name)?.slice(0, MAX_TEXT));
    if (first) return { el, attribute: name, email: first.email };
  }
  return null;
}

/**
 * The element holding an address at or near what the user clicked: the element itself, a child
 * (a click on a label's padding), or a close parent's attribute (a click on an icon inside a
 * mailto link) — not a parent's text, which runs its children's texts together.
 * Null when none does: the picker asks the user to point at the address itself.
 */
export function emailSourceNear(picked: Element): EmailSource | null {
  const own = sourceOf(picked);
  if (own) return own;
  let i = 0;
  for (const child of picked.querySelectorAll('*')) {
    if (++i > 50) break;
    const found = sourceOf(child);
    if (found) return found;
  }
  let up = picked.parentElement;
  for (let depth = 0; up && depth < 3; depth++, up = up.parentElement) {
    const found = sourceOf(up, false);
    if (found) return found;
  }
  return null;
}

/** Whether the element holds an address itself (candidates for the keyboard in the email step). */
export const holdsEmail = (el: Element): boolean => sourceOf(el) !== null;
