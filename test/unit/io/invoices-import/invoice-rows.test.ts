import { autoMap } from '@/lib/io/contacts-import/mapping';
import { readSource } from '@/lib/io/contacts-import/read-source';
import { buildClientIndex } from '@/lib/io/invoices-import/client-match';
import { invoiceFields } from '@/lib/io/invoices-import/invoice-fields';
import { invoiceCandidatesOf, readHabits } from '@/lib/io/invoices-import/invoice-row';
import { planInvoicesImport } from '@/lib/io/invoices-import/plan';
import type { Invoice } from '@/lib/schema';

const index = buildClientIndex({
  accounts: [
    { id: 'sever', name: 'ООО «Северный Ветер»', domains: ['severny-veter.example'] },
    { id: 'tbilisi', name: 'Tbilisi Wine House / თბილისის ღვინის სახლი', domains: ['tbilisi-wine.example'] },
  ],
  contacts: [{ accountId: 'tbilisi', emails: ['giorgi.beridze@tbilisi-wine.example'] }],
});

/** A 1C-style export: semicolons, comma decimals, spaces in thousands, Cyrillic and Georgian. */
const csv = [
  'Контрагент;Номер;Дата;Сумма;Валюта;Срок оплаты;Оплачен',
  'ООО "Северный ветер";СВ-101;01.10.2026;14 300,50;EUR;01.11.2026;нет',
  'ооо «северный ветер»;СВ-102;05.10.2026;1 000;eur;05.12.2026;да',
  'giorgi.beridze@tbilisi-wine.example;TW-7;10.10.2026;2 450,50;GEL;10.11.2026;20.11.2026',
  'Acme Logistics;A-1;10.10.2026;100;EUR;;',
  'ООО «Северный Ветер»;СВ-103;10.10.2026;сто;EUR;;',
  'ООО «Северный Ветер»;СВ-104;31.02.2026;100;EUR;;может быть',
  'ООО «Северный Ветер»;СВ-101;01.10.2026;14 300,50;EUR;01.11.2026;нет',
  'თბილისის ღვინის სახლი;TW-8;11.10.2026;99,90;;;',
].join('\r\n');

async function table() {
  const read = await readSource(new Blob([csv]), 'export.csv');
  if (!read.ok) throw new Error(read.failure);
  return read.table;
}

describe('invoice rows from an accounting export', () => {
  it('maps 1C’s Russian column names by themselves', async () => {
    const t = await table();
    expect(autoMap(t.headers, invoiceFields)).toEqual(['client', 'number', 'issuedOn', 'amount', 'currency', 'dueOn', 'paid']);
  });

  it('reads every row or says why not, by its line in the file', async () => {
    const t = await table();
    const mapping = autoMap(t.headers, invoiceFields);
    const habits = readHabits(t.rows, mapping, '.');
    expect(habits).toEqual({ decimal: ',', dayOrder: 'dmy' });
    const { candidates, problems } = invoiceCandidatesOf(t, mapping, { ...habits, index, defaultCurrency: '' });
    expect(candidates.map((c) => [c.line, c.accountId, c.number, c.amount, c.currency, c.dueOn, c.paid])).toEqual([
      [2, 'sever', 'СВ-101', 14300.5, 'EUR', '2026-11-01', { paid: false, paidOn: null }],
      [3, 'sever', 'СВ-102', 1000, 'EUR', '2026-12-05', { paid: true, paidOn: null }],
      [4, 'tbilisi', 'TW-7', 2450.5, 'GEL', '2026-11-10', { paid: true, paidOn: '2026-11-20' }],
      [8, 'sever', 'СВ-101', 14300.5, 'EUR', '2026-11-01', { paid: false, paidOn: null }],
    ]);
    expect(problems.map((p) => [p.line, p.key, ...p.params])).toEqual([
      [5, 'invoicesImportUnknownClient', 'Acme Logistics'],
      [6, 'invoicesImportBadAmount', 'сто'],
      [7, 'invoicesImportBadDate', '31.02.2026'],
      [7, 'invoicesImportBadPaid', 'может быть'],
      [9, 'invoicesImportNoCurrency'],
    ]);
    // With a default currency chosen on the screen, the last row is accepted.
    const withDefault = invoiceCandidatesOf(t, mapping, { ...habits, index, defaultCurrency: 'GEL' });
    expect(withDefault.candidates.at(-1)).toMatchObject({ line: 9, accountId: 'tbilisi', amount: 99.9, currency: 'GEL' });
  });

  it('plans adds, updates and unchanged rows by account and number; a repeated number is set aside', async () => {
    const t = await table();
    const mapping = autoMap(t.headers, invoiceFields);
    const { candidates } = invoiceCandidatesOf(t, mapping, {
      ...readHabits(t.rows, mapping, '.'),
      index,
      defaultCurrency: 'GEL',
    });
    const stored: Invoice[] = [
      {
        id: 'old-102',
        accountId: 'sever',
        kind: 'invoice',
        number: 'СВ-102',
        issuedOn: '2026-10-05',
        amount: 1000,
        currency: 'EUR',
        dueOn: '2026-12-05',
        paid: false,
        paidOn: null,
        notes: 'by hand',
        updatedAt: '2026-11-01T00:00:00.000Z',
      },
      {
        id: 'old-7',
        accountId: 'tbilisi',
        kind: 'invoice',
        number: 'TW-7',
        issuedOn: '2026-10-10',
        amount: 2450.5,
        currency: 'GEL',
        dueOn: '2026-11-10',
        paid: true,
        paidOn: '2026-11-20',
        notes: '',
      },
    ];
    const plan = planInvoicesImport(candidates, stored);
    expect(plan.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'add'],
      [3, 'update'],
      [4, 'unchanged'],
      [9, 'add'],
    ]);
    expect(plan.problems).toEqual([{ line: 8, key: 'invoicesImportDuplicate', params: ['СВ-101', '2'] }]);
    // The update keeps the stored id and the user's notes, and takes the file's paid state.
    expect(plan.updates).toEqual([{ ...stored[0], paid: true, paidOn: null }]);
    expect(plan.adds.map((a) => [a.accountId, a.number, a.amount, a.currency])).toEqual([
      ['sever', 'СВ-101', 14300.5, 'EUR'],
      ['tbilisi', 'TW-8', 99.9, 'GEL'],
    ]);
  });

  it('an update from a file without a paid column keeps the stored payment', () => {
    const stored: Invoice = {
      id: 'i',
      accountId: 'sever',
      kind: 'invoice',
      number: '1',
      issuedOn: null,
      amount: 5,
      currency: 'EUR',
      dueOn: null,
      paid: true,
      paidOn: '2026-11-02',
      notes: '',
    };
    const plan = planInvoicesImport(
      [
        {
          line: 2,
          accountId: 'sever',
          client: 'x',
          number: '1',
          amount: 6,
          currency: 'EUR',
          issuedOn: undefined,
          dueOn: undefined,
          paid: undefined,
        },
      ],
      [stored],
    );
    expect(plan.updates).toEqual([{ ...stored, amount: 6 }]);
  });
});
