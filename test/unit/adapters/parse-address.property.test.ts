import fc from 'fast-check';
import { cleanName, findAddresses, normaliseEmail, parseAddress, parseAddressList } from '@/lib/adapters/parse-address';
import { cleanEmail, domainCandidates, domainOf, emailLookupKeys, normalizeEmail } from '@/lib/matching/normalize';
import { decodePunycode, domainToUnicode } from '@/lib/matching/punycode';
import { PagePerson } from '@/lib/schema/page-context';
import { fastestMs } from '../fastest-ms';

/**
 * Addresses come from page text and attributes (repository issue 10, standing tests): any string
 * gives an address the schema accepts or nothing, never an exception, in linear time.
 */
const readers: Record<string, (s: string) => unknown> = {
  findAddresses,
  parseAddress,
  parseAddressList,
  normaliseEmail,
  cleanName,
  cleanEmail,
  normalizeEmail,
  emailLookupKeys,
  domainOf,
  domainCandidates,
  decodePunycode,
  domainToUnicode,
};

// Characters that matter to address syntax, so random strings often look almost like addresses.
const addressish = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      'a',
      'Я',
      '.',
      '@',
      '<',
      '>',
      ' ',
      '"',
      ',',
      ';',
      ':',
      '(',
      ')',
      '%',
      '-',
      '?',
      '\n',
      'xn--',
      'mailto:',
      '\ud800',
    ),
    fc.string({ maxLength: 1 }),
  ),
  maxLength: 80,
});

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9._+-]{1,12}$/), fc.array(label, { minLength: 2, maxLength: 4 }))
  .filter(([local]) => !local.startsWith('.') && !local.endsWith('.') && !local.includes('..'))
  .map(([local, labels]) => `${local}@${labels.join('.')}`);
// cleanName folds runs of spaces, so generated names have single ones.
const name = fc.stringMatching(/^[A-Za-zА-я]{1,8}( [A-Za-zА-я]{1,8}){0,2}$/);

describe('address parsing (property)', () => {
  it('no reader throws on any string', () => {
    for (const read of Object.values(readers))
      fc.assert(
        fc.property(fc.oneof(addressish, fc.string({ maxLength: 200 })), (s) => {
          read(s);
        }),
        { numRuns: 800 },
      );
  });

  it('every address found fits the page-context schema and reads the same when normalised again', () => {
    fc.assert(
      fc.property(addressish, (s) => {
        const found = [...findAddresses(s), ...parseAddressList(s), parseAddress(s)].filter((a) => a !== null);
        return found.every((a) => PagePerson.safeParse({ ...a, role: 'other' }).success && normaliseEmail(a.email) === a.email);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads "Name <address>", bare addresses and mailto: back as written', () => {
    fc.assert(
      fc.property(name, email, (n, e) => {
        expect(parseAddress(`${n} <${e.toUpperCase()}>`)).toEqual({ email: e, name: n });
        expect(parseAddress(`mailto:${e}?subject=x`)).toEqual({ email: e, name: '' });
        expect(findAddresses(`To: ${n} <${e}>; ${e}.`)).toEqual([
          { email: e, name: n },
          { email: e, name: '' },
        ]);
        expect(cleanEmail(`${n} <${e}>`)).toBe(e);
        expect(normalizeEmail(normalizeEmail(e))).toBe(normalizeEmail(e));
      }),
      { numRuns: 500 },
    );
  });

  it('Punycode labels decode to what the URL parser encodes', () => {
    const unicodeLabel = fc.string({
      unit: fc.constantFrom('п', 'р', 'и', 'м', 'е', 'ä', 'ö', 'ქ', 'a', '1'),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(unicodeLabel, (l) => {
        const ascii = new URL(`http://${l}.example/`).hostname;
        return domainToUnicode(ascii) === `${l.toLowerCase()}.example`;
      }),
      { numRuns: 500 },
    );
  });

  it('100 000 characters of adversarial text take linear time in every reader', () => {
    const n = 100_000;
    const hostile = {
      letters: 'a'.repeat(n),
      spaces: `a${' '.repeat(n)}a`,
      spacesBeforeAngle: `${'x '.repeat(n / 2)}<`,
      ats: 'a@'.repeat(n / 2),
      dottedDomain: `a@${'b.'.repeat(n / 2)}`,
      punycodeLabels: `a@${'xn--a.'.repeat(n / 6)}b`,
      longPunycode: `xn--${'a-'.repeat(n / 2)}b`,
      digits: `xn--${'9'.repeat(n)}`,
      angles: '<'.repeat(n),
      parens: '('.repeat(n),
      percents: `mailto:${'%'.repeat(n)}`,
      names: 'A <a@b.example>, '.repeat(n / 17),
    };
    for (const [shape, text] of Object.entries(hostile))
      for (const [reader, read] of Object.entries(readers)) {
        expect(
          fastestMs(() => read(text)),
          `${reader} on ${shape}`,
        ).toBeLessThan(250);
      }
  });
});
