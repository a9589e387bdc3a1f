import fc from 'fast-check';
import { globMatches } from '@/lib/adapters/glob-match';
import { matchesPattern } from '@/lib/adapters/match-pattern';
import { SiteRule } from '@/lib/schema/site-rule';
import { fastestMs } from '../fastest-ms';

/** Reference glob: plain dynamic programming over (glob prefix, text prefix); obviously right, O(n·m). */
function referenceGlob(glob: string, text: string): boolean {
  let row = new Array<boolean>(text.length + 1).fill(false);
  row[0] = true;
  for (const g of glob) {
    const next = new Array<boolean>(text.length + 1).fill(false);
    for (let j = 0; j <= text.length; j++) {
      if (g === '*') next[j] = row[j]! || (j > 0 && next[j - 1]!);
      else next[j] = j > 0 && row[j - 1]! && text[j - 1] === g;
    }
    row = next;
  }
  return row[text.length]!;
}

// A small alphabet so that random patterns and texts overlap often.
const glob = fc.string({ unit: fc.constantFrom('a', 'b', '/', '*'), maxLength: 12 });
const text = fc.string({ unit: fc.constantFrom('a', 'b', '/'), maxLength: 16 });

describe('URL pattern matching (property)', () => {
  it('the linear glob matcher agrees with the reference on random small globs and texts', () => {
    fc.assert(
      fc.property(glob, text, (g, t) => globMatches(g, t) === referenceGlob(g, t)),
      { numRuns: 5000 },
    );
  });

  it('a path pattern matches a URL exactly when its glob matches path and query', () => {
    fc.assert(
      fc.property(glob, text, (g, t) => {
        const pattern = `https://crm.example.com/${g}`;
        const url = `https://crm.example.com/${t}`;
        return matchesPattern(pattern, url) === referenceGlob(`/${g}`, `/${t}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary patterns and URLs', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (p, u) => typeof matchesPattern(p, u) === 'boolean'));
  });

  it('a ten-star pattern against a long URL that almost matches finishes in under 50 ms', () => {
    const pattern = `https://crm.example.com/${'a*'.repeat(10)}b`;
    const url = `https://crm.example.com/${'a'.repeat(20_000)}`;
    // A backtracking RegExp tries every split of the a's among the stars before giving up (the old
    // matcher did not finish on these URLs); the scan needs one pass.
    const almost = `https://crm.example.com/${'a'.repeat(24)}bc`;
    expect(matchesPattern(pattern, new URL(url))).toBe(false);
    expect(matchesPattern(pattern, new URL(almost))).toBe(false);
    const ms = fastestMs(() => {
      matchesPattern(pattern, new URL(url));
      matchesPattern(pattern, new URL(almost));
    });
    expect(ms).toBeLessThan(50);
  });

  it('the schema caps pattern length, wildcards and selector length, naming the field', () => {
    const rule = { id: 'r1', name: 'CRM', urlPattern: 'https://crm.example.com/*', emailSelector: '.email' };
    expect(SiteRule.safeParse(rule).success).toBe(true);
    const tooManyStars = SiteRule.safeParse({ ...rule, urlPattern: `https://crm.example.com/${'*'.repeat(9)}` });
    expect(tooManyStars.error?.issues.map((i) => i.path)).toEqual([['urlPattern']]);
    const tooLong = SiteRule.safeParse({ ...rule, urlPattern: `https://crm.example.com/${'a'.repeat(2048)}` });
    expect(tooLong.error?.issues[0]?.path).toEqual(['urlPattern']);
    const longSelector = SiteRule.safeParse({ ...rule, emailSelector: 'a'.repeat(1001) });
    expect(longSelector.error?.issues.map((i) => i.path)).toEqual([['emailSelector']]);
  });
});
