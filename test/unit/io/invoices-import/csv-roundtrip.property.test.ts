import fc from 'fast-check';
import Papa from 'papaparse';
import { autoMap } from '@/lib/io/contacts-import/mapping';
import { readSource } from '@/lib/io/contacts-import/read-source';
import { buildClientIndex } from '@/lib/io/invoices-import/client-match';
import { invoiceFields } from '@/lib/io/invoices-import/invoice-fields';
import { invoiceCandidatesOf, readHabits } from '@/lib/io/invoices-import/invoice-row';

const accounts = [
  { id: 'sever', name: 'ООО «Северный Ветер»', domains: ['severny-veter.example'] },
  { id: 'tbilisi', name: 'თბილისის ღვინის სახლი', domains: ['tbilisi-wine.example'] },
  { id: 'cafe', name: 'Café Müller', domains: ['cafe-mueller.example'] },
];
const index = buildClientIndex({ accounts, contacts: [] });

interface Row {
  account: (typeof accounts)[number];
  upper: boolean;
  number: string;
  cents: number;
  currency: string;
  due: Date;
  paid: boolean;
}

const row: fc.Arbitrary<Row> = fc.record({
  account: fc.constantFrom(...accounts),
  upper: fc.boolean(),
  number: fc.string({ unit: fc.constantFrom('A', 'Б', '1', '7', '-', '/', ' ', ';', '"'), minLength: 1, maxLength: 10 }),
  cents: fc.integer({ min: -10_000_000, max: 10_000_000_000 }),
  currency: fc.constantFrom('EUR', 'GEL', 'USD', 'RUB'),
  due: fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
  paid: fc.boolean(),
});

/** An accounting export as a Russian Excel writes it: semicolons, NBSP groups, comma decimals, dd.mm.yyyy. */
function exportOf(rows: Row[], locale: string, separator: string): string {
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 });
  const day = (d: Date) =>
    `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
  return Papa.unparse(
    {
      fields: ['Контрагент', 'Номер', 'Сумма', 'Валюта', 'Срок оплаты', 'Оплачен'],
      data: rows.map((r) => [
        r.upper ? r.account.name.toUpperCase() : r.account.name,
        r.number,
        amount.format(r.cents / 100),
        r.currency,
        day(r.due),
        r.paid ? 'да' : 'нет',
      ]),
    },
    { delimiter: separator, newline: '\r\n' },
  );
}

describe('an accounting export read back through the CSV reader and the row parser', () => {
  it('gives every row’s client, number, amount, currency, due day and paid state back, by line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 15 }),
        fc.constantFrom(['ru', ';'], ['fi', ';'], ['en', ','], ['de', ';']),
        async (rows, [locale = 'ru', separator = ';']) => {
          const text = exportOf(rows, locale, separator);
          const read = await readSource(new Blob([text]), 'export.csv');
          if (!read.ok) throw new Error(read.failure);
          const mapping = autoMap(read.table.headers, invoiceFields);
          const { candidates, problems } = invoiceCandidatesOf(read.table, mapping, {
            ...readHabits(read.table.rows, mapping, locale === 'en' ? '.' : ','),
            index,
            defaultCurrency: '',
          });
          expect(problems).toEqual([]);
          expect(candidates.map((c) => [c.accountId, c.number, c.amount, c.currency, c.dueOn, c.paid?.paid])).toEqual(
            rows.map((r) => [r.account.id, r.number.trim(), r.cents / 100, r.currency, r.due.toISOString().slice(0, 10), r.paid]),
          );
          expect(candidates.map((c) => c.line)).toEqual(rows.map((_, i) => i + 2));
        },
      ),
      { numRuns: 60 },
    );
  });
});
