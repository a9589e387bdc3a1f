import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const load = (loc: string) =>
  JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const ru = load('ru');
const fi = load('fi');
const ka = load('ka');
const translations = { ru, fi, ka };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('interface text', () => {
  it('Russian has every English message and no stale ones', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(ru)) expect(message.trim(), key).not.toBe('');
  });

  it.each(['fi', 'ka'] as const)('%s has every English message, in the same order, and no stale ones', (loc) => {
    const messages = translations[loc];
    expect(Object.keys(messages)).toEqual(Object.keys(en));
    for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), `${loc}:${key}`).not.toBe('');
  });

  it('placeholders agree between the languages', () => {
    const marks = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const [loc, messages] of Object.entries(translations))
      for (const key of Object.keys(en)) expect(marks(messages[key]!.message), `${loc}:${key}`).toEqual(marks(en[key]!.message));
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
    expect(used.size).toBeGreaterThan(100);
  });
});
