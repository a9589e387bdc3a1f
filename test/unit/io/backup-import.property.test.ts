import fc from 'fast-check';
import { seedTemplatesIfEmpty } from '@/lib/db/repos/templates';
import { demoBackup } from '@/lib/demo/demo-data';
import { exportBackup, importBackupText, importPrechecked, precheckBackupImport } from '@/lib/io/backup-db';
import { MAX_BACKUP_DEPTH, parseBackupText, type BackupParseResult } from '@/lib/io/backup-parse';
import { backupTableNames } from '@/lib/schema';
import { testDb } from '@/test/unit/db/test-db';
import { fastestMs } from '../fastest-ms';

/**
 * Backups are files from outside (repository issue 10, standing tests): whatever a file holds,
 * the import gives a valid backup or problems with JSON paths, never an exception, never a
 * partial write, in time proportional to the file's size.
 */

function isClearResult(r: BackupParseResult): boolean {
  if (r.ok) return true;
  return r.problems.length > 0 && r.problems.every((p) => p.path.startsWith('$') && p.message.length > 0);
}

const demo = demoBackup();
const fieldValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('', '__proto__', 'constructor', 'toString', '\u0000', '\ud800', 'a1', demo.accounts[0]!.id),
);
const fieldName = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('id', 'accountId', 'name', 'emails', 'at', 'kind', 'stage', 'urlPattern', 'emailSelector', '__proto__'),
);

/** A demo backup with some records changed, dropped, duplicated or replaced by junk. */
const mutatedBackup = fc
  .array(
    fc.record({
      table: fc.constantFrom(...backupTableNames, 'format', 'version', 'extra'),
      index: fc.nat(20),
      op: fc.constantFrom('set', 'delete', 'duplicate', 'junk'),
      field: fieldName,
      value: fieldValue,
    }),
    { maxLength: 6 },
  )
  .map((edits) => {
    const b = structuredClone(demo) as unknown as Record<string, unknown>;
    for (const e of edits) {
      const list = b[e.table];
      if (!Array.isArray(list)) {
        if (e.op === 'delete') Reflect.deleteProperty(b, e.table);
        else b[e.table] = e.value;
        continue;
      }
      const rows = list as unknown[];
      const i = rows.length ? e.index % rows.length : 0;
      const rec = rows[i];
      if (e.op === 'junk' || typeof rec !== 'object' || rec === null) rows[i] = e.value;
      else if (e.op === 'duplicate') rows.push(structuredClone(rec));
      else if (e.op === 'delete') Reflect.deleteProperty(rec, e.field);
      else Object.defineProperty(rec, e.field, { value: e.value, enumerable: true, writable: true, configurable: true });
    }
    return JSON.stringify(b);
  });

async function seededDb(name: string) {
  const db = testDb(name);
  await seedTemplatesIfEmpty(db, 'en');
  await importBackupText(db, JSON.stringify({ format: 'keyside-backup', version: 1, accounts: [demo.accounts[0]] }));
  return db;
}

describe('backup import (property)', () => {
  it('any JSON value or any text gives a backup or problems with JSON paths, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => isClearResult(parseBackupText(JSON.stringify(v)))),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => isClearResult(parseBackupText(t))),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.dictionary(fieldName, fieldValue), (extra) =>
        isClearResult(parseBackupText(JSON.stringify({ format: 'keyside-backup', version: 1, ...extra }))),
      ),
      { numRuns: 1000 },
    );
  });

  it('a changed backup parses to a valid one or to problems with JSON paths', () => {
    fc.assert(
      fc.property(mutatedBackup, (text) => isClearResult(parseBackupText(text))),
      { numRuns: 500 },
    );
  });

  it('importing a changed backup writes all of it or nothing: a refused file leaves the database as it was', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(mutatedBackup, async (text) => {
        const db = await seededDb(`prop-${run++}`);
        const before = await exportBackup(db, new Date(0));
        const r = await importBackupText(db, text);
        const after = await exportBackup(db, new Date(0));
        db.close();
        if (!isClearResult(r)) return false;
        if (!r.ok) return JSON.stringify(after) === JSON.stringify(before);
        // Everything in the file is there, as parsed.
        return backupTableNames.every((t) =>
          r.backup[t].every((rec) => JSON.stringify(after[t].find((x) => x.id === rec.id)) === JSON.stringify(rec)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('the dashboard’s check-while-writing finds exactly the problems of the whole check, and writes all or nothing', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(mutatedBackup, async (text) => {
        const db = await seededDb(`stream-${run++}`);
        const before = await exportBackup(db, new Date(0));
        const bookmarkBefore = await db.kv.get('searchBackfill');
        const whole = parseBackupText(text, new Set(await db.accounts.toCollection().primaryKeys()));
        const pre = await precheckBackupImport(db, text);
        // Deferring the search rows too: an aborted import must not leave the backfill rewound either.
        const r = pre.ok ? await importPrechecked(db, pre, { deferIndexAbove: 0 }) : pre;
        const after = await exportBackup(db, new Date(0));
        const bookmark = await db.kv.get('searchBackfill');
        db.close();
        expect(r.ok).toBe(whole.ok);
        if (!r.ok || !whole.ok) {
          expect(r.ok ? [] : r.problems).toEqual(whole.ok ? [] : whole.problems);
          expect(after).toEqual(before);
          expect(bookmark).toEqual(bookmarkBefore);
          return;
        }
        for (const t of backupTableNames)
          for (const rec of whole.backup[t]) expect(after[t].find((x) => x.id === rec.id)).toEqual(rec);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses JSON nested too deep with its path, instead of overflowing the stack while writing', async () => {
    const db = await seededDb('deep');
    const before = await exportBackup(db, new Date(0));
    const deep = `{"format":"keyside-backup","version":1,"accounts":[{"id":"x","name":"X","later":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`;
    const r = await importBackupText(db, deep);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problems[0]!.path).toMatch(/^\$\.accounts\[0\]\.later\[0\]/);
    expect(r.ok ? '' : r.problems[0]!.message).toContain(String(MAX_BACKUP_DEPTH));
    expect(await exportBackup(db, new Date(0))).toEqual(before);
    // Records from newer versions may nest a little: well below the cap is fine.
    const shallow = `{"format":"keyside-backup","version":1,"accounts":[{"id":"x","name":"X","later":${'['.repeat(20)}${']'.repeat(20)}}]}`;
    expect((await importBackupText(db, shallow)).ok).toBe(true);
  });

  it('checks a backup in time proportional to its size, valid or adversarial', () => {
    const accounts = (n: number, name: (i: number) => unknown) =>
      Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: name(i), domains: [`d${i}.example`] }));
    const shapes: Record<string, (n: number) => unknown> = {
      valid: (n) => ({ format: 'keyside-backup', version: 1, accounts: accounts(n, (i) => `Co ${i}`) }),
      invalid: (n) => ({ format: 'keyside-backup', version: 1, accounts: accounts(n, () => '') }),
      duplicates: (n) => ({
        format: 'keyside-backup',
        version: 1,
        accounts: accounts(n, () => 'x').map((a) => ({ ...a, id: 'same' })),
      }),
      dangling: (n) => ({
        format: 'keyside-backup',
        version: 1,
        contacts: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, accountId: `gone${i}`, name: 'N' })),
      }),
    };
    const time = (text: string) => fastestMs(() => expect(isClearResult(parseBackupText(text))).toBe(true), 2);
    for (const [shape, make] of Object.entries(shapes)) {
      const small = JSON.stringify(make(2_000));
      const large = JSON.stringify(make(20_000));
      time(small); // warm up the JIT
      const ratio = time(large) / Math.max(time(small), 1);
      // Ten times the data; linear work takes about ten times as long, quadratic a hundred.
      expect(ratio, shape).toBeLessThan(30);
      expect(time(large), shape).toBeLessThan(3000);
    }
  });
});
