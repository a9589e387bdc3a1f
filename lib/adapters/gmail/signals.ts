import { isHidden, queryAll, queryFirst, textOf } from '@/lib/adapters/dom';
import { cleanName, normaliseEmail, parseAddress, type Address } from '@/lib/adapters/parse-address';
import * as S from './selectors';

/**
 * Each part of a Gmail thread read from independent signals, tried in order; the first that
 * gives a value wins. A signal is a named function so the order reads as a list, and a test
 * (test/unit/adapters/gmail-signals.test.ts) removes each one in turn from a fixture.
 */
export interface Signal<T> {
  readonly name: string;
  readonly read: () => T | null | undefined;
}

export function firstSignal<T>(signals: readonly Signal<T>[]): T | null {
  for (const signal of signals) {
    const value = signal.read();
    if (value !== null && value !== undefined && value !== '') return value;
  }
  return null;
}

/** Inside what the message's author wrote (body, quote, forward): never Gmail's own header. */
export function inAuthorContent(el: Element, stopAt: Element): boolean {
  for (let node: Element | null = el.parentElement; node && node !== stopAt; node = node.parentElement) {
    if (S.AUTHOR_CONTENT.some((selector) => node.matches(selector))) return true;
  }
  return S.AUTHOR_CONTENT.some((selector) => el.matches(selector));
}

/** Elements under `root` matching `selectors`, leaving out anything the author wrote. */
export function headerMatches(root: Element, selectors: readonly string[]): Element[] {
  return queryAll(root, selectors).filter((el) => !inAuthorContent(el, root));
}

/** A Gmail person chip: address in `email` (or `data-hovercard-id`), display name in `name` or text. */
export function chip(el: Element | null | undefined): Address | null {
  if (!el) return null;
  const email = S.CHIP_EMAIL_ATTRS.map((a) => normaliseEmail(el.getAttribute(a))).find(Boolean);
  if (!email) return null;
  return { email, name: cleanName(el.getAttribute('name') || el.textContent, email) };
}

/** An id attribute's value, unless Gmail left a placeholder such as the string "undefined". */
export function idValue(raw: string | null | undefined): string {
  const value = (raw ?? '').trim().replace(/^#/, '');
  return value && !S.NOT_AN_ID.has(value.toLowerCase()) ? value : '';
}

/**
 * Gmail's legacy hex id from its other spellings: `thread-f:<decimal>` / `msg-f:<decimal>` are
 * the same number in decimal. Anything else (drafts' `thread-a:r…`) is returned as it is.
 */
export function legacyHex(value: string): string {
  const decimal = /^(?:thread|msg)-f:(\d{1,20})$/.exec(value)?.[1];
  if (!decimal) return value;
  try {
    return BigInt(decimal).toString(16);
  } catch {
    return value;
  }
}

/** The first usable value of `attrs` on `el`, as a legacy hex id where it is one. */
export function idFrom(el: Element | null | undefined, attrs: readonly string[]): string {
  if (!el) return '';
  for (const attr of attrs) {
    const value = idValue(el.getAttribute(attr));
    if (value) return legacyHex(value);
  }
  return '';
}

/** The heading text `Name <address>` Gmail prints beside a sender. */
export function addressInText(el: Element | null | undefined): Address | null {
  const text = textOf(el);
  const at = text.lastIndexOf('<');
  return at >= 0 ? parseAddress(text) : null;
}

export type MessageState = 'open' | 'collapsed' | 'hidden';

/**
 * Whether a message is open, collapsed or hidden, from votes of independent signals so that
 * one missing or renamed class cannot flip it: the list item's `aria-expanded`, the open /
 * collapsed classes on the item and the message, and a rendered body. Hidden: folded away
 * (`kQ`) or not on screen.
 */
export function messageState(message: Element): MessageState {
  const item = message.matches(S.MESSAGE_ITEM) ? message : message.closest(S.MESSAGE_ITEM);
  const carriers = [item, message, ...queryAll(message, ['.adn', '.adf'])].filter((el): el is Element => el !== null);
  if (isHidden(message) || carriers.some((el) => el.classList.contains(S.HIDDEN_MESSAGE_CLASS))) return 'hidden';
  let open = 0;
  let collapsed = 0;
  const expanded = item?.getAttribute('aria-expanded');
  if (expanded === 'true') open++;
  if (expanded === 'false') collapsed++;
  if (S.OPEN_CLASSES.some((c) => carriers.some((el) => el.classList.contains(c)))) open++;
  if (S.COLLAPSED_CLASSES.some((c) => carriers.some((el) => el.classList.contains(c)))) collapsed++;
  const body = queryFirst(message, S.MESSAGE_BODY);
  if (body && !isHidden(body)) open++;
  return open > collapsed ? 'open' : 'collapsed';
}

/** Only the outermost of nested matches: one element per message. */
export function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
