import { readFileSync } from 'node:fs';

export const locales = ['en', 'ru', 'fi', 'ka'] as const;
export type Locale = (typeof locales)[number];
export type Messages = Record<string, { message: string }>;

export const loadMessages = (loc: Locale): Messages =>
  JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Messages;

const member = /^(.+)_(zero|one|two|few|many|other)$/;
const english = loadMessages('en');

/**
 * The counted messages (lib/i18n/plural.ts): a base that English writes as `_one` and `_other`.
 * A plain key that merely ends in a category name (`role_other`) is no family.
 */
export const pluralFamilies: string[] = Object.keys(english).flatMap((k) => {
  const base = member.exec(k)?.[1];
  return base !== undefined && k === `${base}_one` && `${base}_other` in english ? [base] : [];
});

/** `templateItemsCount_few` -> ['templateItemsCount', 'few']; undefined for a plain key. */
export function pluralMember(key: string): [family: string, form: string] | undefined {
  const m = member.exec(key);
  return m && pluralFamilies.includes(m[1]!) ? [m[1]!, m[2]!] : undefined;
}

/** chrome.i18n's positional substitution, as the browser does it. */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
