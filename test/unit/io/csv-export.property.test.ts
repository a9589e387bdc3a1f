import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { accountsCsv, peopleCsv } from '@/lib/io/csv-export';
import { BOM, neutraliseCell, writeCsv } from '@/lib/io/csv-write';
import { Account, Contact } from '@/lib/schema';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.slice(BOM.length), { delimiter: ',', newline: '\r\n', skipEmptyLines: false }).data;

/** Strings biased towards what breaks CSV: separators, quotes, line breaks, formula starts. */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '=HYPERLINK("http://x.example","x")',
    '+1',
    '-2+3',
    '@SUM(A1)',
    '\tX',
    '\rY',
    '"',
    ',',
    '\r\n',
    ' a ',
    'Петрова',
    'ნინო',
  ),
  fc
    .array(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', 'a', 'П', 'ნ', ' '), { maxLength: 12 })
    .map((c) => c.join('')),
);

describe('CSV writer', () => {
  it('round-trips every cell (neutralised) and never leaves a cell starting a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const csv = writeCsv(['a', 'b'], rows);
        expect(csv.startsWith(BOM)).toBe(true);
        const back = parse(csv);
        // The trailing CRLF reads as one empty last row.
        expect(back.slice(0, -1)).toEqual([['a', 'b'], ...rows.map((r) => r.map(neutraliseCell))]);
        for (const r of back.slice(1, -1)) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('writes an apostrophe before formula starts only', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('-5')).toBe("'-5");
    expect(neutraliseCell('@x')).toBe("'@x");
    expect(neutraliseCell('\t=1')).toBe("'\t=1");
    expect(neutraliseCell('Acme = good')).toBe('Acme = good');
    expect(neutraliseCell('')).toBe('');
  });

  it('runs in linear time on long cells', () => {
    const long = '"=,\r\n'.repeat(200_000);
    const start = performance.now();
    writeCsv(['x'], [[long]]);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('accounts and people CSV', () => {
  const acme = Account.parse({
    id: 'a1',
    name: '=HYPERLINK("http://evil.example","x")',
    domains: ['acme.example'],
    tags: ['VIP', 'x'],
  });
  const sever = Account.parse({ id: 'a2', name: 'Север-Торг', stage: 'key' });
  it('has one row per account with lists joined', () => {
    const rows = parse(accountsCsv([acme, sever]));
    expect(rows[0]![1]).toBe('name');
    expect(rows[1]![1]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(rows[1]![4]).toBe('VIP; x');
    expect(rows[2]!.slice(1, 3)).toEqual(['Север-Торг', 'key']);
  });
  it('names each person’s company', () => {
    const people = [
      Contact.parse({ id: 'c1', accountId: 'a2', name: 'Ирина Петрова', emails: ['i@sever.example'] }),
      Contact.parse({ id: 'c2', name: 'Solo' }),
    ];
    const rows = parse(peopleCsv(people, [acme, sever]));
    expect(rows[1]!.slice(1, 5)).toEqual(['Ирина Петрова', 'Север-Торг', 'a2', 'i@sever.example']);
    expect(rows[2]!.slice(1, 4)).toEqual(['Solo', '', '']);
  });
});
