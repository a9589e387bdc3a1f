import { beforeEach } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { toUserFacing } from '@/lib/db/errors';
import { invoicesByNumbers, invoicesOf } from '@/lib/db/queries/invoices';
import { createAccount, deleteAccount } from '@/lib/db/repos/accounts';
import { writeInvoicesImport } from '@/lib/db/repos/import-invoices';
import { createInvoice, deleteInvoice, restoreInvoice, setInvoicePaid, updateInvoice } from '@/lib/db/repos/invoices';
import { testDb } from './test-db';

let db: AppDB;
beforeEach(async () => {
  db = testDb(`invoices-${Math.random()}`);
  await createAccount(db, { id: 'sever', name: 'ООО «Северный Ветер»', domains: [] });
  await createAccount(db, { id: 'gone', name: 'Gone Ltd', domains: [] });
});

const base = { kind: 'invoice' as const, issuedOn: null, dueOn: null, paid: false, paidOn: null, notes: '' };

describe('invoices repo', () => {
  it('adds, marks paid and back, deletes with undo, keeping the chase order', async () => {
    const a = await createInvoice(db, {
      ...base,
      accountId: 'sever',
      number: 'A',
      amount: 10,
      currency: 'eur',
      dueOn: '2026-12-20',
    });
    const b = await createInvoice(db, {
      ...base,
      accountId: 'sever',
      number: 'B',
      amount: 20,
      currency: 'GEL',
      dueOn: '2026-11-01',
    });
    expect(a.currency).toBe('EUR');
    expect((await invoicesOf(db, 'sever')).map((i) => i.number)).toEqual(['B', 'A']);
    await setInvoicePaid(db, b.id, '2026-12-01');
    expect(await db.invoices.get(b.id)).toMatchObject({ paid: true, paidOn: '2026-12-01' });
    expect((await invoicesOf(db, 'sever')).map((i) => i.number)).toEqual(['A', 'B']);
    await setInvoicePaid(db, b.id, null);
    expect(await db.invoices.get(b.id)).toMatchObject({ paid: false, paidOn: null });
    const deleted = await deleteInvoice(db, a.id);
    expect(await db.invoices.count()).toBe(1);
    await restoreInvoice(db, deleted!);
    expect(await db.invoices.get(a.id)).toEqual(a);
  });

  it('an edit of a field another tab changed meanwhile is refused', async () => {
    const a = await createInvoice(db, { ...base, accountId: 'sever', number: 'A', amount: 10, currency: 'EUR' });
    await updateInvoice(db, a.id, { amount: 11 }, { amount: 10 });
    await expect(updateInvoice(db, a.id, { amount: 12 }, { amount: 10 })).rejects.toMatchObject({ key: 'errorConflict' });
  });

  it('finds stored invoices by account and number', async () => {
    await createInvoice(db, { ...base, accountId: 'sever', number: 'СВ-1', amount: 1, currency: 'EUR' });
    await createInvoice(db, { ...base, accountId: 'gone', number: 'СВ-1', amount: 1, currency: 'EUR' });
    expect((await invoicesByNumbers(db, [['sever', 'СВ-1']])).map((i) => i.accountId)).toEqual(['sever']);
  });

  it('deleting the account deletes its invoices', async () => {
    await createInvoice(db, { ...base, accountId: 'gone', number: '1', amount: 1, currency: 'EUR' });
    await deleteAccount(db, 'gone');
    expect(await db.invoices.count()).toBe(0);
  });
});

describe('writeInvoicesImport', () => {
  it('writes all accepted rows in one go, or nothing when an account went away', async () => {
    const stored = await createInvoice(db, { ...base, accountId: 'sever', number: 'U', amount: 1, currency: 'EUR' });
    await writeInvoicesImport(db, {
      adds: [{ ...base, id: 'n1', accountId: 'sever', number: 'N1', amount: 5, currency: 'EUR' }],
      updates: [{ ...stored, amount: 2 }],
    });
    expect(await db.invoices.count()).toBe(2);
    expect((await db.invoices.get(stored.id))?.amount).toBe(2);

    await deleteAccount(db, 'gone');
    const failed = writeInvoicesImport(db, {
      adds: [
        { ...base, id: 'n2', accountId: 'sever', number: 'N2', amount: 5, currency: 'EUR' },
        { ...base, id: 'n3', accountId: 'gone', number: 'N3', amount: 5, currency: 'EUR' },
      ],
      updates: [],
    });
    await expect(failed).rejects.toSatisfy((e) => toUserFacing(e).key === 'invoicesImportChanged');
    expect(await db.invoices.count()).toBe(2);
  });

  it('an invoice edited in another tab since the preview stops the whole import', async () => {
    const stored = await createInvoice(db, { ...base, accountId: 'sever', number: 'U', amount: 1, currency: 'EUR' });
    await new Promise((r) => setTimeout(r, 5));
    await updateInvoice(db, stored.id, { notes: 'edited' });
    await expect(
      writeInvoicesImport(db, {
        adds: [{ ...base, id: 'n1', accountId: 'sever', number: 'N1', amount: 5, currency: 'EUR' }],
        updates: [{ ...stored, amount: 2 }],
      }),
    ).rejects.toMatchObject({ key: 'invoicesImportChanged' });
    expect(await db.invoices.count()).toBe(1);
  });
});
