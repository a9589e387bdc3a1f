// The bench's browser: the e2e build in real Chromium, plus the measuring helpers.
import { launchWithExtension } from '../e2e/launch.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `dir`: another build of the extension (the release build for figures that need no loopback host). */
export async function launchBench({ dir } = {}) {
  const { context, worker, url, close: closeBrowser } = await launchWithExtension(dir ? { dir } : {});
  const profile = mkdtempSync(join(tmpdir(), 'keyside-bench-'));
  const page = await context.newPage();

  return {
    context,
    worker,
    url,
    page,
    /** Imports through the real file input; the time runs from choosing the file to the result. */
    async importThroughDashboard(text) {
      const file = join(profile, 'bench-backup.json');
      writeFileSync(file, text);
      await page.goto(`${url('dashboard.html')}#/backup`);
      const started = Date.now();
      await page.getByTestId('import-backup').setInputFiles(file);
      // aria-busy while the file is checked and written (the progress bar): done when it clears.
      await page.locator('[data-testid="import-result"]:not([aria-busy="true"])').waitFor({ timeout: 600_000 });
      const ms = Date.now() - started;
      const txt = await page.getByTestId('import-result').textContent();
      if (!/✓/.test(txt ?? '')) throw new Error(`import failed: ${txt?.slice(0, 500)}`);
      // The phases the page marks (components/dashboard/BackupPage.tsx, lib/io/backup-db.ts).
      const phases = await page.evaluate(() => [
        ...performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('keyside-import'))
          .map((m) => [m.name.replace('keyside-import-', ''), m.duration]),
        ...performance
          .getEntriesByType('mark')
          .filter((m) => m.name === 'keyside-import-write')
          .flatMap((m) => [
            ['checking records (zod, overlapped with writing)', m.detail.checkMs],
            ['waiting for IndexedDB between chunks', m.detail.waitMs],
          ]),
      ]);
      return { ms, phases };
    },
    /**
     * Waits until the search backfill a large import leaves behind (lib/io/backup-db.ts) has
     * indexed everything, reading its bookmark straight from IndexedDB; returns the wait in ms.
     * Polled with page.evaluate, which awaits the promise: waitForFunction took the promise
     * itself for a truthy answer and returned at once, so the search figures after it were
     * measured while the backfill still held the index (issue 13's "slow search after import").
     */
    async indexedAfterImport() {
      const started = Date.now();
      const done = () =>
        page.evaluate(
          () =>
            new Promise((res) => {
              const open = indexedDB.open('keyside');
              open.onerror = () => res(false);
              open.onsuccess = () => {
                const db = open.result;
                const get = db.transaction('kv').objectStore('kv').get('searchBackfill');
                get.onsuccess = () => {
                  db.close();
                  const s = get.result?.value;
                  res(!!s && s.table >= 5);
                };
                get.onerror = () => (db.close(), res(false));
              };
            }),
        );
      while (!(await done())) {
        if (Date.now() - started > 900_000) throw new Error('the search backfill did not finish in 15 minutes');
        await new Promise((r) => setTimeout(r, 500));
      }
      return Date.now() - started;
    },
    /**
     * The physical reference: the same records put into a bare IndexedDB in the same origin.
     * `indexed`: the stores get the secondary indexes Keyside's schema gives these tables
     * (lib/db/migrations/versions.ts), which IndexedDB maintains with every put: the floor for
     * writing these records so that Keyside can read them.
     */
    async rawPutLoop(backup, { indexed = false } = {}) {
      return page.evaluate(
        async ([data, indexed]) => {
          const schema = {
            accounts: [['name'], ['domains', true], ['stage'], ['tags', true], ['crmKeys', true]],
            contacts: [['accountId'], ['emails', true]],
            interactions: [[['accountId', 'at']], ['source.messageId'], ['at']],
            tasks: [['accountId'], ['status'], [['status', 'due']]],
          };
          const db = await new Promise((res, rej) => {
            const r = indexedDB.open('bench-raw-' + Math.random());
            r.onupgradeneeded = () =>
              Object.entries(schema).forEach(([n, idx]) => {
                const store = r.result.createObjectStore(n, { keyPath: 'id' });
                if (indexed)
                  for (const [path, multiEntry] of idx)
                    store.createIndex(Array.isArray(path) ? `[${path.join('+')}]` : path, path, { multiEntry: !!multiEntry });
              });
            r.onsuccess = () => res(r.result);
            r.onerror = () => rej(r.error);
          });
          const started = performance.now();
          await new Promise((res, rej) => {
            const tx = db.transaction(Object.keys(schema), 'readwrite');
            for (const n of Object.keys(schema)) for (const rec of data[n]) tx.objectStore(n).put(rec);
            tx.oncomplete = res;
            tx.onerror = () => rej(tx.error);
          });
          const ms = performance.now() - started;
          db.close();
          return ms;
        },
        [
          { accounts: backup.accounts, contacts: backup.contacts, interactions: backup.interactions, tasks: backup.tasks },
          indexed,
        ],
      );
    },
    async close() {
      await closeBrowser();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
