import fc from 'fast-check';
import { parseVcards, splitCards, VCARD_HEADERS } from '@/lib/io/contacts-import/vcard';

const col = (name: (typeof VCARD_HEADERS)[number]) => VCARD_HEADERS.indexOf(name);

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

describe('vCard reading', () => {
  it('reads several people, vCard 3 and 4, folded lines and a Georgian name', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:ნინო ბერიძე',
      'N:ბერიძე;ნინო;;;',
      'ORG:Tbilisi Logistics;Sales',
      'EMAIL;TYPE=work:nino@tbilisi.example',
      'EMAIL:nino.b@tbilisi.example',
      'TEL;VALUE=uri:tel:+995-32-000',
      'URL:https://tbilisi.example',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Jussi',
      '  Lind',
      'TITLE:Toimitusjohtaja',
      'END:VCARD',
    ].join('\r\n');
    const { table, problems } = parseVcards(text);
    expect(problems).toEqual([]);
    expect(table.lines).toEqual([1, 11]);
    const [nino, jussi] = table.rows;
    expect(nino?.[col('FN')]).toBe('ნინო ბერიძე');
    expect(nino?.[col('N (given)')]).toBe('ნინო');
    expect(nino?.[col('ORG')]).toBe('Tbilisi Logistics');
    expect(nino?.[col('EMAIL')]).toBe('nino@tbilisi.example; nino.b@tbilisi.example');
    expect(nino?.[col('TEL')]).toBe('+995-32-000');
    expect(nino?.[col('URL')]).toBe('https://tbilisi.example');
    expect(jussi?.[col('FN')]).toBe('Jussi Lind');
    expect(jussi?.[col('TITLE')]).toBe('Toimitusjohtaja');
  });

  it('reads vCard 2.1: bare parameters and quoted-printable values in their charset', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2=D0=B0;=D0=98=D1=80=D0=B8=',
      '=D0=BD=D0=B0',
      'FN;CHARSET=windows-1251;QUOTED-PRINTABLE:=C8=F0=E8=ED=E0 =CF=E5=F2=F0=EE=E2=E0',
      'TEL;WORK;VOICE:+7 812 000',
      'END:VCARD',
    ].join('\r\n');
    const { table, problems } = parseVcards(text);
    expect(problems).toEqual([]);
    expect(table.rows[0]?.[col('FN')]).toBe('Ирина Петрова');
    expect(table.rows[0]?.[col('N (family)')]).toBe('Петрова');
    expect(table.rows[0]?.[col('N (given)')]).toBe('Ирина');
    expect(table.rows[0]?.[col('TEL')]).toBe('+7 812 000');
  });

  it('lists a broken card by its line and still reads the others', () => {
    const text = [
      'BEGIN:VCARD',
      'FN:Good One',
      'END:VCARD',
      '',
      'BEGIN:VCARD',
      'this line has no colon',
      'END:VCARD',
      'BEGIN:VCARD',
      'FN:Also Good',
      'END:VCARD',
    ].join('\n');
    const { table, problems } = parseVcards(text);
    expect(table.rows.map((r) => r[col('FN')])).toEqual(['Good One', 'Also Good']);
    expect(problems.map((p) => p.line)).toEqual([5]);
  });

  const line = fc.oneof(
    fc.constantFrom(
      'BEGIN:VCARD',
      'END:VCARD',
      'VERSION:3.0',
      'VERSION:4.0',
      'FN:A',
      'N:a;b;;;',
      'EMAIL:x@y.example',
      ' folded',
      '=',
      'TEL;WORK;VOICE:1',
    ),
    fc.string({ maxLength: 30 }),
    fc.string({ maxLength: 10 }).map((s) => `X-${s};A="${s}":${s}`),
    fc.string({ maxLength: 10 }).map((s) => `NOTE;ENCODING=QUOTED-PRINTABLE:${s}=`),
  );

  it('never throws on any text: every card is a row or a problem', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const { table, problems } = parseVcards(text);
        expect(table.rows.length + problems.length).toBe(splitCards(text).length);
        for (const row of table.rows) expect(row).toHaveLength(VCARD_HEADERS.length);
      }),
    );
  });

  it('is linear in the size of the file', () => {
    const card = (i: number) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEMAIL:p${i}@x.example\r\nEND:VCARD\r\n`;
    const small = Array.from({ length: 500 }, (_, i) => card(i)).join('');
    const big = Array.from({ length: 5000 }, (_, i) => card(i)).join('');
    parseVcards(small);
    const tSmall = time(() => parseVcards(small));
    const tBig = time(() => parseVcards(big));
    expect(tBig).toBeLessThan(tSmall * 30 + 300);
    // Soft line breaks without end, a card without END, a very long line: still quick.
    expect(time(() => parseVcards(`BEGIN:VCARD\nNOTE;QUOTED-PRINTABLE:${'=\n'.repeat(200_000)}`))).toBeLessThan(3000);
    expect(time(() => parseVcards(`BEGIN:VCARD\nFN:${'a'.repeat(2_000_000)}\nEND:VCARD`))).toBeLessThan(3000);
  });
});
