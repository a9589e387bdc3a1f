import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadMessages, pluralFamilies, pluralMember, type Locale, type Messages } from './locale-messages';

const en = loadMessages('en');
const ru = loadMessages('ru');
const fi = loadMessages('fi');
const ka = loadMessages('ka');
const translations = { ru, fi, ka };

/** The keys that are not members of a plural family: every locale has exactly these. */
const plain = (messages: Messages) => Object.keys(messages).filter((k) => !pluralMember(k));
const families = (messages: Messages) => [...new Set(Object.keys(messages).flatMap((k) => pluralMember(k)?.[0] ?? []))];

/**
 * The forms each language must write for a counted message (lib/i18n/plural.ts). Georgian keeps
 * the singular after every numeral, so `_other` serves all counts; it may add `_one` for n = 1.
 */
const requiredForms: Record<Locale, string[]> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  fi: ['one', 'other'],
  ka: ['other'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('interface text', () => {
  it('Russian has every English message and no stale ones', () => {
    expect(plain(ru).sort()).toEqual(plain(en).sort());
    for (const [key, { message }] of Object.entries(ru)) expect(message.trim(), key).not.toBe('');
  });

  it.each(['fi', 'ka'] as const)('%s has every English message, in the same order, and no stale ones', (loc) => {
    const messages = translations[loc];
    expect(plain(messages)).toEqual(plain(en));
    for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), `${loc}:${key}`).not.toBe('');
  });

  it('placeholders agree between the languages', () => {
    const marks = (s: string) => [...new Set([...s.matchAll(/\$\d/g)].map((m) => m[0]))].sort();
    for (const [loc, messages] of Object.entries(translations))
      for (const key of plain(en)) expect(marks(messages[key]!.message), `${loc}:${key}`).toEqual(marks(en[key]!.message));
  });

  it.each(['en', 'ru', 'fi', 'ka'] as const)('%s writes every counted message in the forms its grammar needs', (loc) => {
    const messages = loadMessages(loc);
    const own = new Intl.PluralRules(loc).resolvedOptions().pluralCategories as string[];
    expect(families(messages).sort()).toEqual(pluralFamilies.sort());
    for (const family of pluralFamilies) {
      const forms = Object.keys(messages).flatMap((k) => {
        const m = pluralMember(k);
        return m?.[0] === family ? [m[1]] : [];
      });
      for (const form of requiredForms[loc]) expect(forms, `${loc}:${family}`).toContain(form);
      for (const form of forms) expect(own, `${loc}:${family}_${form}`).toContain(form);
      // Every form fills the same slots as English "other"; only a form for exactly one may say the count in words.
      const marks = (k: string) => [...new Set([...messages[k]!.message.matchAll(/\$\d/g)].map((m) => m[0]))].sort();
      const expected = marks(`${family}_other`);
      for (const form of forms) {
        const got = marks(`${family}_${form}`);
        if (form === 'one' && loc !== 'ru') expect(expected, `${loc}:${family}_one`).toEqual(expect.arrayContaining(got));
        else expect(got, `${loc}:${family}_${form}`).toEqual(expected);
      }
    }
  });

  it.each(['en', 'ru', 'fi', 'ka'] as const)('%s names its own language in localeTag (lib/time/ui-locale.ts)', (loc) => {
    expect(loadMessages(loc).localeTag?.message).toBe(loc);
  });

  it('Georgian is written without capital (Mtavruli) letters', () => {
    const mtavruli = /[\u1C90-\u1CBF]/u;
    const offending = Object.entries(ka)
      .filter(([, { message }]) => mtavruli.test(message))
      .map(([key]) => key);
    expect(offending).toEqual([]);
  });

  it('every t("key") in the code has a message', () => {
    const used = new Set<string>();
    for (const file of [...sources('components'), ...sources('lib'), ...sources('entrypoints')])
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
    const counted = new Set<string>();
    for (const file of [...sources('components'), ...sources('lib'), ...sources('entrypoints')])
      for (const m of readFileSync(file, 'utf8').matchAll(/\btPlural\(\s*'([A-Za-z0-9_]+)'/g)) counted.add(m[1]!);
    expect([...counted].filter((k) => !(`${k}_other` in en))).toEqual([]);
    expect(counted.size).toBeGreaterThan(5);
    expect(used.size).toBeGreaterThan(100);
  });
});
