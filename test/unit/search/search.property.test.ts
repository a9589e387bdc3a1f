import fc from 'fast-check';
import { foldText } from '@/lib/search/fold';
import { matchRanges, snippet } from '@/lib/search/highlight';
import { queryTerms } from '@/lib/search/query-terms';
import { docOf } from '@/lib/search/search-doc';
import { wordScoreInDoc } from '@/lib/search/doc-score';
import { queryTokens, tokenize } from '@/lib/search/tokenize';

/**
 * Search reads what users type and what pages and imports hold: any string, in linear time, with
 * the index and the query agreeing on every word (standing rule: every parser of outside input).
 */
const scripts = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      'a',
      'É',
      'ß',
      'Я',
      'ё',
      'й',
      'ნ',
      'Ნ',
      '\u1c9c',
      '-',
      "'",
      '.',
      '@',
      '+',
      ' ',
      '\u0301',
      '\ud83d\ude00',
      '\ud800',
    ),
    fc.string({ maxLength: 1 }),
  ),
  maxLength: 120,
});
const word = fc.stringMatching(/^[a-zа-яёა-ჰ]{1,10}$/);

function timeOf(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

describe('search text handling (property)', () => {
  it('folding is idempotent; tokens and query words are folded, non-empty and never throw', () => {
    fc.assert(
      fc.property(scripts, (s) => {
        const f = foldText(s);
        expect(foldText(f)).toBe(f);
        for (const t of [...tokenize(s), ...queryTokens(s)]) {
          expect(t.length).toBeGreaterThan(0);
          expect(foldText(t)).toBe(t);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a record is found by every word of its text, and by every prefix of each word', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(), (words, pick) => {
        const text = words.join(' ');
        const doc = docOf('interaction', { id: 'x', summary: text });
        const w = words[pick % words.length] ?? '';
        const terms = queryTerms(w.slice(0, 1 + (pick % w.length)), false);
        for (const q of terms.words) expect(wordScoreInDoc(doc, q, undefined)).toBeGreaterThan(0);
      }),
      { numRuns: 800 },
    );
  });

  it('query terms: at most 8 words, each a folded query token, a Latin spelling per word when asked', () => {
    fc.assert(
      fc.property(scripts, fc.boolean(), (q, across) => {
        const t = queryTerms(q, across);
        expect(t.words.length).toBeLessThanOrEqual(8);
        expect(t.words).toEqual(queryTokens(q).slice(0, 8));
        expect(t.latin.length).toBe(t.words.length);
        if (!across) expect(t.latin.every((l) => l === undefined)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it('highlights lie inside the text, in order, and a snippet is bounded', () => {
    fc.assert(
      fc.property(scripts, scripts, (text, q) => {
        const terms = queryTerms(q, true);
        let at = 0;
        for (const [s, e] of matchRanges(text, terms)) {
          expect(s).toBeGreaterThanOrEqual(at);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          at = e;
        }
        expect(snippet(text, terms, 40).length).toBeLessThanOrEqual(42);
      }),
      { numRuns: 800 },
    );
  });

  it('tokenizing, parsing a query and highlighting take time proportional to the text', () => {
    const unit = 'Обсудили-поставку anna@acme.example ნინო ᲜᲘᲜᲝ crm-ის ';
    const small = unit.repeat(200);
    const large = unit.repeat(4000);
    const adversarial = `${'a-'.repeat(40_000)}${'.@'.repeat(20_000)}`;
    const terms = queryTerms('об anna ნინ crm-ის', true);
    const run = (s: string) => () => {
      tokenize(s);
      queryTokens(s);
      matchRanges(s, terms);
      docOf('interaction', { id: 'x', summary: s });
    };
    run(small)(); // warm the caches
    const perChar = (s: string) => timeOf(run(s)) / s.length;
    const base = perChar(small);
    // 20× the text may cost 20× the time, not 400×; a generous bound absorbs a busy machine.
    expect(perChar(large)).toBeLessThan(Math.max(base * 8, 0.002));
    expect(timeOf(run(adversarial))).toBeLessThan(2000);
  });
});
