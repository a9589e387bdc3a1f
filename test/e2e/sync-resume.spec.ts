import { test as base, expect } from '@playwright/test';
import { generateBackup } from '../tools/generate-backup.mjs';
import { start, type SyncServer } from '../tools/sync-server.mjs';
import { importThroughDashboard } from './extension';
import { readStore } from './read-store';
import { stopWorker } from './stop-worker';
import { deviceFixture, fillLogin, openSync, userDb as userDbOf, type Device } from './sync-helpers';

// Sync runs that the browser interrupts (issue 15): the MV3 worker is stopped in the middle of an
// initial push and of a join, and the next run — started when the worker wakes — goes on from its
// checkpoints instead of starting over; then the server goes away and the queued change goes out
// by itself on the backoff retry. Two Chromium profiles against test/tools/sync-server.mjs, which
// records every request (and how many documents each asked for or answered) and can hold one back
// so the worker is stopped at a known point.

const USER = { name: 'robin', password: 'resume from here' };
const userDb = userDbOf(USER.name);
/** Enough records for several replication batches of 500 (lib/sync/engine.ts): about 5,000 documents. */
const backup = generateBackup({ accounts: 200 });
const TABLES = ['accounts', 'contacts', 'interactions', 'tasks', 'planFigures'] as const;
const LONG = 180_000;
/** The longest retry delay after the (at most two) failed runs below: 2 minutes. */
const BACKOFF_BOUND = 2 * 60_000;

const test = base.extend<object, { server: SyncServer; one: Device; two: Device }>({
  server: [
    async ({}, use) => {
      const server = await start({ record: true });
      await server.createUser(USER.name, USER.password);
      await server.createDatabase(userDb, { members: [USER.name] });
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  one: deviceFixture('keyside-resume-one-'),
  two: deviceFixture('keyside-resume-two-'),
});

/** Settings → Sync says idle with nothing waiting: the run finished and delivered everything. */
async function settled(d: Device, timeout = LONG) {
  const card = d.page.getByTestId('sync-card');
  await expect(card.getByTestId('sync-status')).toHaveAttribute('data-state', 'idle', { timeout });
  await expect(card.getByTestId('sync-pending')).toHaveAttribute('data-count', '0', { timeout });
}

/** Rejects when `promise` has not settled within `ms` (a held request the worker never sent). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms)),
  ]);
}

/** How many documents the server's database holds (the space's check document included). */
async function serverDocs(server: SyncServer): Promise<number> {
  const info = (await (await server.adminFetch(`/${userDb}`)).json()) as { doc_count: number };
  return info.doc_count;
}

/** How many records of the backup's tables the device holds (read on the page it shows). */
async function recordCount(d: Device): Promise<number> {
  let n = 0;
  for (const table of TABLES) n += (await readStore(d.page, table)).length;
  return n;
}

/** The ids of each backup table in the device's database, sorted. */
async function idsOf(d: Device): Promise<Record<string, string[]>> {
  await d.page.goto(d.url('dashboard.html#/accounts'));
  const out: Record<string, string[]> = {};
  for (const table of TABLES) out[table] = (await readStore<{ id: string }>(d.page, table)).map((r) => r.id).sort();
  return out;
}

/** Sum of the items the requests after `from` (an index into server.requests) asked for or answered. */
function itemsAfter(server: SyncServer, from: number, route: string, side: 'asked' | 'answered') {
  return server.requests
    .slice(from)
    .filter((r) => r.path === `/${userDb}/${route}`)
    .reduce((sum, r) => sum + (r[side] ?? 0), 0);
}

test.describe.configure({ mode: 'serial' });

test.describe('a sync run stopped midway resumes', () => {
  let words: string[] = [];

  test('device 1: the worker stopped during the first push goes on from its checkpoint and delivers everything', async ({
    one,
    server,
  }) => {
    test.setTimeout(LONG * 2);
    const result = await importThroughDashboard(one.page, one.url('dashboard.html'), {
      name: 'resume-backup.json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await expect(result).toContainText('✓');

    // The third upload of documents is held back: by then two batches and their checkpoint are on the server.
    let uploads = 0;
    const third = server.hold((r) => r.method === 'POST' && r.path === `/${userDb}/_bulk_docs` && ++uploads === 3);
    const card = await openSync(one);
    await card.getByTestId('sync-turn-on').click();
    await fillLogin(one, server, USER);
    await one.page.getByTestId('sync-submit').click();
    const list = card.getByTestId('sync-recovery-word');
    await expect(list).toHaveCount(24, { timeout: 60_000 });
    words = (await list.allTextContents()).map((w) => w.trim());
    // The open card's status poll keeps the worker awake until then (Chrome stops a worker that
    // hears nothing for 30 s); then no extension page stays open, so nothing else wakes it.
    await within(third.reached, LONG, 'the third upload');
    await one.page.goto('about:blank');
    const before = await serverDocs(server);
    await stopWorker(one.context, one.extensionId);
    const cut = server.requests.length;
    third.release();
    expect(before).toBeGreaterThan(1);

    // Opening Settings wakes the worker; its start runs sync again.
    await openSync(one);
    await settled(one);
    const total = await serverDocs(server);
    expect(total).toBeGreaterThanOrEqual(TABLES.reduce((n, t) => n + backup[t].length, 0) + 1);
    // Resumed, not restarted: after the stop the worker asked the server about fewer documents
    // than the space holds (a push from the start compares every one), and before it more than
    // one batch had arrived.
    const asked = itemsAfter(server, cut, '_revs_diff', 'asked');
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(total - 1);
  });

  test('device 2: the worker stopped during the join fetches only the rest, and both devices hold the same records', async ({
    one,
    two,
    server,
  }) => {
    test.skip(words.length === 0, 'needs sync on (previous step)');
    test.setTimeout(LONG * 2);
    const total = await serverDocs(server);
    const joined = server.requests.length;
    let fetches = 0;
    const fourth = server.hold((r) => r.method === 'POST' && r.path === `/${userDb}/_bulk_get` && ++fetches === 4);
    const card = await openSync(two);
    await card.getByTestId('sync-join-start').click();
    await fillLogin(two, server, USER);
    await card.getByTestId('sync-join-words').fill(words.join(' '));
    await two.page.getByTestId('sync-submit').click();
    await expect(card.getByTestId('sync-status')).toBeVisible({ timeout: 60_000 });
    await within(fourth.reached, LONG, 'the fourth download');
    await two.page.goto('about:blank');
    const listedBefore = itemsAfter(server, joined, '_changes', 'answered');
    await stopWorker(two.context, two.extensionId);
    const cut = server.requests.length;
    fourth.release();

    await openSync(two);
    // The status says idle with nothing waiting even before the woken worker's run starts (a
    // join sends nothing): wait for the records themselves, then for the run's end.
    const expected = TABLES.reduce((n, t) => n + backup[t].length, 0);
    await expect.poll(() => recordCount(two), { timeout: LONG, intervals: [1000] }).toBe(expected);
    await settled(two);
    // Resumed: the first list of changes after the stop starts at the checkpoint, and the changes
    // listed after the stop are fewer than the documents on the server.
    const changes = server.requests.slice(cut).filter((r) => r.path === `/${userDb}/_changes`);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]?.query.since ?? '0').not.toBe('0');
    const listedAfter = itemsAfter(server, cut, '_changes', 'answered');
    expect(listedBefore).toBeGreaterThan(0);
    expect(listedAfter).toBeLessThan(total);

    // Nothing lost, nothing twice: the same records on both devices, as many as the backup had.
    const onTwo = await idsOf(two);
    const onOne = await idsOf(one);
    expect(onTwo).toEqual(onOne);
    for (const table of TABLES) expect(onTwo[table], table).toHaveLength(backup[table].length);
    await two.page.goto(two.url('dashboard.html#/account/a7'));
    await expect(two.page.getByTestId('dossier-title')).toHaveText(backup.accounts[7]?.name ?? 'a7');
  });

  test('server down: the edit waits, the status says offline, and the backoff retry delivers it without a click', async ({
    one,
    two,
    server,
  }) => {
    test.skip(words.length === 0, 'needs sync on (previous steps)');
    test.setTimeout(LONG * 2);
    await two.page.goto('about:blank');
    await server.down();
    const value = `Region while offline ${Date.now()}`;
    await one.page.goto(one.url('dashboard.html#/account/a3'));
    await one.page.getByTestId('identity-edit').click();
    await one.page.locator('#f-region').fill(value);
    await one.page.getByTestId('identity').getByRole('button', { name: /save/i }).click();
    await expect(one.page.getByTestId('identity')).toContainText(value);

    // The run soon after the write fails: offline, the change waits, a retry is planned. Delays
    // grow 1, 2, 4 … minutes with each failure in a row (lib/background/sync-service.ts); the
    // write may start two runs (the page's status poll sees it waiting, and the write itself),
    // so the retry comes within 2 minutes.
    const card = await openSync(one);
    await expect(card.getByTestId('sync-status')).toHaveAttribute('data-state', 'offline', { timeout: 60_000 });
    await expect(card.getByTestId('sync-pending')).not.toHaveAttribute('data-count', '0');
    await expect(card.getByTestId('sync-error')).toHaveAttribute('data-retry-at', /\d/);
    const retryAt = Date.parse((await card.getByTestId('sync-error').getAttribute('data-retry-at')) ?? '');
    expect(retryAt).toBeGreaterThan(Date.now());
    expect(retryAt - Date.now()).toBeLessThanOrEqual(BACKOFF_BOUND);

    // Back up; nobody clicks. The alarm's retry delivers the change within the bound (and a little slack).
    await server.up();
    await settled(one, BACKOFF_BOUND + 30_000);
    await two.page.goto(two.url('dashboard.html#/settings/sync'));
    await two.page.getByTestId('sync-now').click();
    await two.page.goto(two.url('dashboard.html#/account/a3'));
    await expect(two.page.getByTestId('identity')).toContainText(value, { timeout: 60_000 });
  });
});
