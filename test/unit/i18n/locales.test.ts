import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const load = (loc: string) => JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const ru = load('ru');

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

  it('placeholders agree between the languages', () => {
    const marks = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const key of Object.keys(en)) expect(marks(ru[key]!.message), key).toEqual(marks(en[key]!.message));
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
