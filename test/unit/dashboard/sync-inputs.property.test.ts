import fc from 'fast-check';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { parseRecoveryWords, wordsReady } from '@/components/dashboard/sync/recovery-words';
import { parseSyncServer } from '@/components/dashboard/sync/server-url';

// Settings → Sync reads two things a user types or pastes: the server address and the 24
// recovery words (components/dashboard/sync). Both parsers take any text without throwing.

const listWord = fc.constantFrom(...wordlist);
/** What people put between the words: spaces, line breaks, commas, the printed list's numbers. */
const separator = fc.oneof(
  fc.constantFrom(' ', '\n', '\t', ', ', '  ', ' - '),
  fc.nat({ max: 30 }).map((n) => ` ${n}. `),
);

describe('parseRecoveryWords', () => {
  it('gives back the list words in order, whatever separates them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(separator, listWord, fc.boolean()), { maxLength: 30 }), separator, (pairs, end) => {
        const text = pairs.map(([sep, w, upper]) => sep + (upper ? w.toUpperCase() : w)).join('') + end;
        const parsed = parseRecoveryWords(text);
        expect(parsed.words).toEqual(pairs.map(([, w]) => w));
        expect(parsed.unknown).toEqual([]);
      }),
    );
  });

  it('marks exactly the words that are not in the list, on any text', () => {
    const known = new Set(wordlist);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const parsed = parseRecoveryWords(text);
        for (const w of parsed.words) expect(w).toMatch(/^[a-z]+$/);
        expect(parsed.unknown).toEqual(parsed.words.flatMap((w, i) => (known.has(w) ? [] : [i])));
      }),
    );
  });

  it('is ready only with 24 known words', () => {
    fc.assert(
      fc.property(fc.array(listWord, { maxLength: 30 }), (words) => {
        expect(wordsReady(parseRecoveryWords(words.join(' ')))).toBe(words.length === 24);
      }),
    );
    expect(wordsReady(parseRecoveryWords(`${'abandon '.repeat(23)}abandonn`))).toBe(false);
  });

  it('reads a megabyte of pasted text in linear time', () => {
    const big = 'abandon, 12. '.repeat(80_000);
    const t0 = performance.now();
    expect(parseRecoveryWords(big).words.length).toBe(80_000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('parseSyncServer', () => {
  it('never throws, and what it accepts is an http(s) URL without credentials that reads back the same', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (input) => {
          const r = parseSyncServer(input);
          if (r === null) return;
          const url = new URL(r.serverUrl);
          expect(['http:', 'https:']).toContain(url.protocol);
          expect(url.username + url.password).toBe('');
          expect(r.serverUrl.endsWith('/')).toBe(false);
          expect(r.origin).toBe(url.origin);
          expect(r.pattern).toBe(`${url.protocol}//${url.hostname}/*`);
          expect(parseSyncServer(r.serverUrl)).toEqual(r);
        },
      ),
    );
  });

  it('accepts every web URL without user info, keeping its path but not its query', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (input) => {
        const r = parseSyncServer(input);
        expect(r).not.toBeNull();
        expect(r!.serverUrl).not.toContain('?');
        expect(r!.origin).toBe(new URL(input).origin);
      }),
    );
  });

  it('reads what users type', () => {
    expect(parseSyncServer('couch.example.com')?.serverUrl).toBe('https://couch.example.com');
    expect(parseSyncServer(' http://127.0.0.1:5984/ ')).toEqual({
      serverUrl: 'http://127.0.0.1:5984',
      origin: 'http://127.0.0.1:5984',
      pattern: 'http://127.0.0.1/*',
    });
    expect(parseSyncServer('https://example.com/couchdb/')?.serverUrl).toBe('https://example.com/couchdb');
    expect(parseSyncServer('https://me:secret@example.com')).toBeNull();
    expect(parseSyncServer('ftp://example.com')).toBeNull();
    expect(parseSyncServer('')).toBeNull();
  });
});
