/**
 * Counted text in the language's grammar. chrome.i18n has no plural forms, so a counted message
 * is a family of keys, one per plural category (`templateItemsCount_one`, `_few`, `_many`,
 * `_other`), and `Intl.PluralRules` of the interface language picks the member. `_other` is
 * the fallback every family has: Georgian, which keeps the singular after every numeral, needs
 * nothing else. test/unit/i18n/plurals.test.ts renders every family in every locale.
 */
import { formatNumber } from './format';
import { message } from './message';
import type { MessageKey } from './t';
import { messagesLocale } from '@/lib/time/ui-locale';

/** `templateItemsCount` for the keys `templateItemsCount_one` … `templateItemsCount_other`. */
export type PluralFamily = {
  [K in MessageKey]: K extends `${infer Base}_other` ? Base : never;
}[MessageKey];

const rules = new Map<string, Intl.PluralRules>();
/** One PluralRules per locale: constructing it costs more than a list row's whole render. */
function rulesFor(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** The key of the form `n` takes in `locale`; `_other` when the locale has no own form for it. */
export function pluralKey(family: string, n: number, locale: string, exists: (key: string) => boolean): string {
  const key = `${family}_${rulesFor(locale).select(n)}`;
  return exists(key) ? key : `${family}_other`;
}

const getMessage = (key: string, subs: string[]): string => message(key, subs);

/**
 * `$1` is the count, written in the user's number format; `subs` fill `$2`, `$3` … The count
 * also chooses the form, so "1 item", «21 пункт», «22 пункта», «5 пунктов».
 */
export function tPlural(family: PluralFamily, n: number, ...subs: (string | number)[]): string {
  const all = [formatNumber(n), ...subs.map(String)];
  const key = pluralKey(family, n, messagesLocale(), (k) => getMessage(k, all) !== '');
  return getMessage(key, all) || key;
}
