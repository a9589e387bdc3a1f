import fc from 'fast-check';
import { detectEncoding, SNIFF_BYTES } from '@/lib/io/contacts-import/encoding';
import { detectSeparator, separators } from '@/lib/io/contacts-import/separator';
import { detectFormat } from '@/lib/io/contacts-import/sniff';

/** Windows-1251 bytes of text made of ASCII and А–я (the test's own small encoder). */
function win1251(text: string): Uint8Array {
  return Uint8Array.from(
    Array.from({ length: text.length }, (_, i) => {
      const code = text.charCodeAt(i);
      return code < 0x80 ? code : code - 0x410 + 0xc0;
    }),
  );
}

const printableAscii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });
const cyrillic = fc.integer({ min: 0x410, max: 0x44f }).map((c) => String.fromCharCode(c));
/** Text as people write it: letters of any script, digits, punctuation, line breaks; no control bytes. */
const humanText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\n', '\t', ' ', ',', ';', '"'),
    fc.integer({ min: 0x20, max: 0x2fff }).map((c) => String.fromCharCode(c)),
  ),
});

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

describe('encoding detection', () => {
  it('takes the byte-order mark at its word', () => {
    fc.assert(
      fc.property(humanText, (text) => {
        expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toMatchObject({
          encoding: 'utf-8',
          bomBytes: 3,
        });
        expect(detectEncoding(new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')))).toMatchObject({
          encoding: 'utf-16le',
          bomBytes: 2,
        });
        const be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
        expect(detectEncoding(new Uint8Array(be))).toMatchObject({ encoding: 'utf-16be', bomBytes: 2 });
      }),
    );
  });

  it('reads text without a BOM that is valid UTF-8 as UTF-8', () => {
    fc.assert(
      fc.property(humanText, (text) => {
        expect(detectEncoding(new Uint8Array(Buffer.from(text)))).toEqual({ encoding: 'utf-8', bomBytes: 0, binary: false });
      }),
    );
  });

  it('reads Russian text in Windows-1251 as Windows-1251, and decoding it gives the text back', () => {
    fc.assert(
      fc.property(printableAscii, fc.string({ unit: cyrillic, minLength: 1 }), printableAscii, (a, ru, b) => {
        // Russian words stand apart from Latin ones (a separator, a space) in real files.
        const text = `${a},${ru} ${b}`;
        const bytes = win1251(text);
        const detected = detectEncoding(bytes);
        expect(detected.encoding).toBe('windows-1251');
        expect(new TextDecoder(detected.encoding).decode(bytes)).toBe(text);
      }),
    );
  });

  it('reads UTF-16 without a BOM by where its NUL bytes fall', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 4 }),
        (text) => {
          expect(detectEncoding(new Uint8Array(Buffer.from(text, 'utf16le'))).encoding).toBe('utf-16le');
          expect(detectEncoding(new Uint8Array(Buffer.from(text, 'utf16le').swap16())).encoding).toBe('utf-16be');
        },
      ),
    );
  });

  it('calls binary data binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(detectEncoding(png).binary).toBe(true);
    // A Windows-1252 CSV with accents (Excel in Finland) is text, read as Windows-1252.
    const finnish = new Uint8Array(Buffer.from('Nimi;Kaupunki\nP\u00e4ivi M\u00e4kel\u00e4;H\u00e4meenlinna\n', 'latin1'));
    expect(detectEncoding(finnish)).toEqual({ encoding: 'windows-1252', bomBytes: 0, binary: false });
    expect(detectEncoding(win1251('Имя;Город\nИрина Петрова;Санкт-Петербург\n')).encoding).toBe('windows-1251');
  });

  it('never throws and looks at a bounded sample, whatever the bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => void detectEncoding(bytes)));
    const huge = new Uint8Array(64 * SNIFF_BYTES).fill(0xd0);
    expect(time(() => detectEncoding(huge))).toBeLessThan(1000);
  });
});

describe('separator detection', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'B', 'ж', 'ნ', ' ', '-', '.', '@', '1'), maxLength: 8 });
  const quoted = fc.string({ unit: fc.constantFrom('x', ',', ';', '\t', '\n', ' '), maxLength: 8 }).map((s) => `"${s}"`);

  it('finds the separator a table was written with, quoted separators and line breaks included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...separators),
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.array(fc.oneof(cell, quoted), { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        (sep, columns, rows) => {
          const text = rows.map((r) => r.slice(0, columns).join(sep)).join('\r\n');
          expect(detectSeparator(text)).toBe(sep);
        },
      ),
    );
  });

  it('is linear: a long hostile first line or an unclosed quote does not hold it', () => {
    expect(time(() => detectSeparator(`"${',;\t'.repeat(2_000_000)}`))).toBeLessThan(3000);
    expect(time(() => detectSeparator(`${'a,'.repeat(1_000_000)}\n`.repeat(3)))).toBeLessThan(3000);
    fc.assert(fc.property(fc.string(), (s) => separators.includes(detectSeparator(s))));
  });
});

describe('format detection', () => {
  it('tells vCard, CSV and neither apart', () => {
    expect(detectFormat('\uFEFF  BEGIN:VCARD\r\nVERSION:3.0', 'x.txt')).toBe('vcard');
    expect(detectFormat('begin:vcard', 'people.csv')).toBe('vcard');
    expect(detectFormat('Name,Email', 'people.vcf')).toBe('unknown');
    expect(detectFormat('{"format":"keyside-backup"}', 'backup.csv')).toBe('unknown');
    expect(detectFormat('<html><body>', 'page.csv')).toBe('unknown');
    expect(detectFormat('Name;Email\nA;a@b.example', 'export.csv')).toBe('csv');
    expect(detectFormat('Name', 'names.txt')).toBe('csv');
  });
});
