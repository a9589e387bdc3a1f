import { beforeEach, vi } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { importLookup } from '@/lib/db/queries/import-lookup';
import { toUserFacing } from '@/lib/db/errors';
import { createAccount } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { writeContactsImport, type ImportWrites } from '@/lib/db/repos/import-contacts';
import { readSource } from '@/lib/io/contacts-import/read-source';
import { testDb } from '../../db/test-db';

let db: AppDB;
beforeEach(async () => {
  db = testDb(`contacts-import-${Math.random()}`);
  await createAccount(db, { id: 'acme', name: 'Acme', domains: ['acme.example'] });
  await createContact(db, { id: 'anna', accountId: null, name: 'Anna', emails: ['anna@acme.example'], title: '' });
});

const writes = (n: number): ImportWrites => ({
  accounts: [{ id: 'nord', name: 'Nord Oy', domains: ['nord.example'] }],
  accountDomains: [{ id: 'acme', domains: ['acme-group.example'] }],
  contacts: Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    emails: [`p${i}@nord.example`],
    accountId: 'nord',
  })),
  contactMerges: [{ id: 'anna', emails: ['anna.l@acme.example'], phones: ['+358 1'], title: 'Buyer', accountId: 'acme' }],
});

const counts = async () => [await db.accounts.count(), await db.contacts.count()];

describe('writeContactsImport', () => {
  it('writes new records and merges into stored ones, reporting progress', async () => {
    const progress: number[] = [];
    await writeContactsImport(db, writes(4500), { onProgress: (done) => progress.push(done) });
    expect(await counts()).toEqual([2, 4501]);
    expect((await db.accounts.get('acme'))?.domains).toEqual(['acme.example', 'acme-group.example']);
    expect(await db.contacts.get('anna')).toMatchObject({
      emails: ['anna@acme.example', 'anna.l@acme.example'],
      title: 'Buyer',
      accountId: 'acme',
    });
    expect(progress.at(-1)).toBe(4503);
    expect(progress.length).toBeGreaterThan(3);
    expect((await importLookup(db, ['anna.l@acme.example'])).contacts.map((c) => c.id)).toEqual(['anna']);
  });

  it('writes nothing when cancelled midway', async () => {
    const controller = new AbortController();
    const done = writeContactsImport(db, writes(10_000), {
      signal: controller.signal,
      onProgress: (n) => n > 2000 && controller.abort(),
    });
    await expect(done).rejects.toThrow();
    expect(await counts()).toEqual([1, 1]);
    expect((await db.contacts.get('anna'))?.emails).toEqual(['anna@acme.example']);
  });

  it('writes nothing when a record fails its schema late in the import', async () => {
    const w = writes(5000);
    w.contactMerges.push({ id: 'gone', emails: [], phones: [], title: '', accountId: null });
    await expect(writeContactsImport(db, w)).rejects.toThrow('contactsImportChanged');
    const bad = writes(5000);
    bad.contacts[4999] = { id: 'bad', name: ' ', accountId: null };
    await expect(writeContactsImport(db, bad)).rejects.toThrow();
    expect(await counts()).toEqual([1, 1]);
  });
});

describe('writeContactsImport when the disk is full', () => {
  it('rolls back the batches already written and says so in words', async () => {
    const bulkAdd = db.contacts.bulkAdd.bind(db.contacts);
    let calls = 0;
    vi.spyOn(db.contacts, 'bulkAdd').mockImplementation((...args: Parameters<typeof bulkAdd>) => {
      if (++calls === 2)
        return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as ReturnType<
          typeof bulkAdd
        >;
      return bulkAdd(...args);
    });
    const error = await writeContactsImport(db, writes(5000)).catch((e: unknown) => e);
    expect(toUserFacing(error).key).toBe('errorDiskFull');
    expect(calls).toBe(2);
    vi.restoreAllMocks();
    expect(await counts()).toEqual([1, 1]);
  });
});

const blob = (bytes: Uint8Array<ArrayBuffer> | string) => new Blob([bytes]);

describe('readSource (what the parsing worker runs)', () => {
  it('streams a UTF-8 CSV whose multi-byte characters straddle the 1 MB slices', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `ნინო ${i};nino${i}@example.ge;Ёлка ${i}`);
    const text = ['Name;Email;Company', ...rows].join('\n');
    const seen: number[] = [];
    const r = await readSource(blob(new TextEncoder().encode(text)), 'big.csv', { onProgress: (n) => seen.push(n) });
    if (!r.ok) throw new Error(r.failure);
    expect(r).toMatchObject({ format: 'csv', encoding: 'utf-8', separator: ';' });
    expect(r.table.headers).toEqual(['Name', 'Email', 'Company']);
    expect(r.table.rows).toHaveLength(40_000);
    expect(r.table.rows[39_999]).toEqual(['ნინო 39999', 'nino39999@example.ge', 'Ёлка 39999']);
    expect(r.table.rows.every((row, i) => row[0] === `ნინო ${i}`)).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('gives each record the line it starts on, quoted line breaks and blank lines counted', async () => {
    const r = await readSource(blob('Name,Note\n"Anna","two\nlines"\n\nBert,x\n'), 'x.csv');
    if (!r.ok) throw new Error(r.failure);
    expect(r.table.lines).toEqual([2, 5]);
  });

  it('reads UTF-16 and Windows-1251, or the encoding the user chose', async () => {
    const utf16 = await readSource(
      blob(new Uint8Array(Buffer.from('\ufeffName\tEmail\nPäivi\tp@x.example', 'utf16le'))),
      'u.txt',
    );
    expect(utf16).toMatchObject({ ok: true, encoding: 'utf-16le', separator: '\t', table: { rows: [['Päivi', 'p@x.example']] } });
    const cp1251 = new Uint8Array([0xc8, 0xec, 0xff, 0x3b, 0x45, 0x0a, 0xc8, 0xf0, 0xe8, 0xed, 0xe0, 0x3b, 0x65]);
    expect(await readSource(blob(cp1251), 'r.csv')).toMatchObject({
      ok: true,
      encoding: 'windows-1251',
      table: { headers: ['Имя', 'E'], rows: [['Ирина', 'e']] },
    });
    expect(await readSource(blob(cp1251), 'r.csv', { encoding: 'windows-1252' })).toMatchObject({
      ok: true,
      table: { headers: ['Èìÿ', 'E'] },
    });
  });

  it('says what is wrong with an empty file, a header-only file, and a file that is no contacts', async () => {
    expect(await readSource(blob(''), 'e.csv')).toEqual({ ok: false, failure: 'empty' });
    expect(await readSource(blob('\ufeff  \r\n'), 'e.csv')).toEqual({ ok: false, failure: 'empty' });
    expect(await readSource(blob('Name,Email\r\n'), 'h.csv')).toEqual({ ok: false, failure: 'empty' });
    expect(await readSource(blob(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 8, 0])), 'x.csv')).toEqual({
      ok: false,
      failure: 'notContacts',
    });
    expect(await readSource(blob('Name,Email'), 'people.vcf')).toEqual({ ok: false, failure: 'notContacts' });
  });
});
