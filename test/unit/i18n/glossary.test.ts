import { readFileSync } from 'node:fs';
import { templateFiles } from '@/lib/checklists/templates/load-templates';
import { loadMessages, type Locale } from './locale-messages';

/** One checked row of docs/glossary.md: the keys that name a concept, its term and the rejected words. */
interface Row {
  concept: string;
  keys: string[];
  match: RegExp;
  rejected: RegExp | null;
}

const sections: Record<string, Exclude<Locale, 'en'>> = { Russian: 'ru', Finnish: 'fi', Georgian: 'ka' };

/** Cells of a Markdown table row; `\|` inside a cell is a literal bar (regular-expression alternation). */
const cells = (line: string) =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));
const code = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

function glossary(): Record<Exclude<Locale, 'en'>, Row[]> {
  const out: Record<Exclude<Locale, 'en'>, Row[]> = { ru: [], fi: [], ka: [] };
  let locale: Exclude<Locale, 'en'> | undefined;
  for (const line of readFileSync('docs/glossary.md', 'utf8').split('\n')) {
    const heading = /^## (\w+)/.exec(line);
    if (heading) locale = sections[heading[1]!];
    if (!locale || !line.startsWith('| ') || line.startsWith('| Concept') || line.startsWith('|---')) continue;
    const [concept, , keys, match, rejected] = cells(line);
    const [pattern] = code(match ?? '');
    if (pattern === undefined) continue;
    const [bad] = code(rejected ?? '');
    out[locale].push({
      concept: concept!,
      keys: code(keys ?? ''),
      match: new RegExp(pattern, 'u'),
      rejected: bad === undefined ? null : new RegExp(bad, 'u'),
    });
  }
  return out;
}

/** Every text of a language by where it lives: message keys, `item:<id>`, `name:<meetingType>`. */
function texts(locale: Exclude<Locale, 'en'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, { message }] of Object.entries(loadMessages(locale))) out.set(key, message);
  for (const template of templateFiles[locale].templates) {
    out.set(`name:${template.meetingType}`, template.name);
    for (const item of template.items) out.set(`item:${item.id}`, item.text);
  }
  return out;
}

const rows = glossary();

describe('the glossary (docs/glossary.md)', () => {
  it('checks the concepts the review named, in each language', () => {
    expect(rows.ru.map((r) => r.concept)).toEqual(expect.arrayContaining(['person at the client', 'interaction']));
    expect(rows.fi.map((r) => r.concept)).toEqual(expect.arrayContaining(['next step', 'prospect']));
    expect(rows.ka.map((r) => r.concept)).toEqual(expect.arrayContaining(['complaint']));
    for (const list of Object.values(rows)) expect(list.length).toBeGreaterThan(8);
  });

  it.each(['ru', 'fi', 'ka'] as const)('%s names each listed concept with its term', (locale) => {
    const all = texts(locale);
    for (const row of rows[locale])
      for (const key of row.keys) {
        const text = all.get(key);
        expect(text, `${locale}: ${key} is missing`).toBeDefined();
        expect(text, `${locale}:${key} (${row.concept})`).toMatch(row.match);
      }
  });

  it.each(['ru', 'fi', 'ka'] as const)('%s never uses a rejected alternative', (locale) => {
    const all = [...texts(locale)];
    for (const row of rows[locale]) {
      if (!row.rejected) continue;
      const offending = all.filter(([, text]) => row.rejected!.test(text)).map(([key, text]) => `${key}: ${text}`);
      expect(offending, `${locale} (${row.concept})`).toEqual([]);
    }
  });
});
