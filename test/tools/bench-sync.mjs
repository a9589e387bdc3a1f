// `npm run bench`, sync (issue 15): the manager-scale backup (10,000 accounts, 200,000 history
// entries) synced through Settings → Sync to the loopback replication server
// (test/tools/sync-server.mjs) and into a second profile, in records per second beside the raw
// local write rate, each with the steps the worker's runs spent their time in (stamping, sealing,
// the mirror, the network, opening, merging into Dexie: lib/sync/run-timing.ts); then the time
// one edit takes from one device to the other. Every step goes through the dashboard as a user
// would; the worker's engine does the work.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { launchBench } from './bench-browser.mjs';
import { generateBackup } from './generate-backup.mjs';
import { start } from './sync-server.mjs';

const USER = { name: 'bench', password: 'bench-password' };
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
// An initial sync at 10,000 accounts takes tens of minutes on two shared cores (README, benchmarks).
const LONG = 60 * 60_000;

async function openSync(b) {
  await b.page.goto(`${b.url('dashboard.html')}#/settings/sync`);
  await b.page.getByTestId('sync-card').waitFor();
}

async function fillLogin(b, server) {
  await b.page.getByTestId('sync-server-url').fill(server.url);
  await b.page.getByTestId('sync-username').fill(USER.name);
  await b.page.getByTestId('sync-password').fill(USER.password);
}

/** Resolves when the status is idle with nothing waiting; throws on the form's or the run's error. */
async function settled(b) {
  const card = b.page.getByTestId('sync-card');
  await card
    .locator('[data-testid="sync-status"][data-state="idle"]')
    .filter({ has: b.page.locator('[data-testid="sync-pending"][data-count="0"]') })
    .or(card.getByTestId('sync-form-error'))
    .or(card.getByTestId('sync-error'))
    .first()
    .waitFor({ timeout: LONG });
  for (const id of ['sync-form-error', 'sync-error'])
    if (await card.getByTestId(id).isVisible()) throw new Error((await card.getByTestId(id).textContent()) ?? id);
}

/**
 * Where the runs since `since` (ms) spent their time, per step, as the worker records it
 * (syncState 'lastRuns', lib/sync/run-timing.ts), read straight from the extension's IndexedDB.
 */
async function runSteps(b, since) {
  const runs = await b.page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('keyside');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const get = open.result.transaction('syncState').objectStore('syncState').get('lastRuns');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result?.value ?? []);
          };
          get.onerror = () => reject(new Error(String(get.error)));
        };
      }),
  );
  const steps = new Map();
  for (const run of runs.filter((r) => r.at >= since))
    for (const [step, ms] of Object.entries(run.ms ?? {})) steps.set(step, (steps.get(step) ?? 0) + ms);
  return [...steps].map(([step, ms]) => [`  step: ${step}`, `${fmt(ms)} ms`]);
}

/** The database's documents and their JSON size, read a page at a time (one answer of 260,000 would be hundreds of MB). */
async function serverSize(server, db) {
  let count = 0;
  let bytes = 0;
  let after;
  for (;;) {
    const from = after === undefined ? '' : `&startkey=${encodeURIComponent(JSON.stringify(after))}&skip=1`;
    const page = await (await server.adminFetch(`/${db}/_all_docs?include_docs=true&limit=10000${from}`)).json();
    if (page.rows.length === 0) return { count, bytes };
    count += page.rows.length;
    for (const row of page.rows) bytes += JSON.stringify(row.doc).length;
    after = page.rows[page.rows.length - 1].id;
  }
}

/**
 * Lines for bench.mjs. `text`/`records` are the generated backup; `rawMs` the raw IndexedDB put
 * loop of the same records, measured by bench.mjs in the same browser build.
 */
export async function benchSync(text, records, rawMs, onLine = () => {}) {
  // Each line also goes to `onLine` as soon as it is measured (the run alone takes half an hour).
  const lines = {
    all: [],
    push(...more) {
      this.all.push(...more);
      for (const [name, value] of more) onLine(name, value);
    },
  };
  const server = await start();
  await server.createUser(USER.name, USER.password);
  // As on CouchDB, only the server admin creates databases: the user's own one (its per-user name).
  const userDb = `userdb-${Buffer.from(USER.name, 'utf8').toString('hex')}`;
  await server.createDatabase(userDb, { members: [USER.name] });
  const one = await launchBench();
  const two = await launchBench();
  try {
    await one.importThroughDashboard(text);
    await openSync(one);
    await one.page.getByTestId('sync-turn-on').click();
    await fillLogin(one, server);
    let started = Date.now();
    await one.page.getByTestId('sync-submit').click();
    const secret = one.page.getByTestId('sync-secret');
    await secret.or(one.page.getByTestId('sync-form-error')).first().waitFor({ timeout: LONG });
    if (!(await secret.isVisible())) {
      const why = (await one.page.getByTestId('sync-form-error').textContent()) ?? '';
      lines.push(['sync', `not measured: ${why.trim()}`]);
      return lines.all;
    }
    const words = (await one.page.getByTestId('sync-recovery-word').allTextContents()).map((w) => w.trim());
    await one.page.getByTestId('sync-written-down').check();
    await one.page.getByTestId('sync-secret-done').click();
    await settled(one);
    const pushMs = Date.now() - started;
    const rawRate = records / (rawMs / 1000);
    // Every synced record is one document (plan figures and the seeded templates too), beside the space's check document.
    const synced = (await (await server.adminFetch(`/${userDb}`)).json()).doc_count - 1;
    const rate = (ms) =>
      `${fmt(synced)} records, ${fmt(synced / (ms / 1000))} records/s; raw local put ${fmt(rawRate)} records/s`;
    lines.push(['initial sync, device 1 → server', `${fmt(pushMs)} ms (${rate(pushMs)})`]);
    lines.push(...(await runSteps(one, started)));

    await openSync(two);
    await two.page.getByTestId('sync-join-start').click();
    await fillLogin(two, server);
    await two.page.getByTestId('sync-join-words').fill(words.join(' '));
    started = Date.now();
    await two.page.getByTestId('sync-submit').click();
    await settled(two);
    const pullMs = Date.now() - started;
    lines.push(['initial sync, server → device 2 (join)', `${fmt(pullMs)} ms (${rate(pullMs)})`]);
    lines.push(...(await runSteps(two, started)));
    const { count, bytes } = await serverSize(server, userDb);
    lines.push(['server documents after the initial sync', `${fmt(count)} documents, ${fmt(bytes / 1048576, 1)} MB`]);

    // One edit: saved on device 1 and pushed (Sync now, or by itself a few seconds after the
    // write), then pulled by device 2 (Sync now) and shown in its dossier. The server's update
    // sequence tells when the push has landed, so device 2 never syncs before there is something.
    const seq = async () => (await (await server.adminFetch(`/${userDb}`)).json()).update_seq;
    const id = 'a0';
    const value = `Edited ${Date.now()}`;
    await one.page.goto(`${one.url('dashboard.html')}#/account/${id}`);
    await one.page.getByTestId('identity-edit').click();
    await one.page.locator('#f-region').fill(value);
    const before = await seq();
    started = Date.now();
    await one.page.getByTestId('identity').getByRole('button', { name: /save/i }).click();
    await openSync(one);
    await one.page.getByTestId('sync-now').click();
    while ((await seq()) === before) {
      if (Date.now() - started > LONG) throw new Error('the edit never reached the server');
      await new Promise((r) => setTimeout(r, 50));
    }
    const pushedMs = Date.now() - started;
    for (let shown = false; !shown;) {
      await openSync(two);
      await two.page.getByTestId('sync-now').click();
      await settled(two);
      await two.page.goto(`${two.url('dashboard.html')}#/account/${id}`);
      shown = await two.page
        .getByTestId('identity')
        .filter({ hasText: value })
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => Date.now() - started > LONG);
    }
    lines.push([
      'one edit, device 1 → device 2 (Sync now on each)',
      `${fmt(Date.now() - started)} ms (on the server after ${fmt(pushedMs)} ms)`,
    ]);
    return lines.all;
  } finally {
    await one.close();
    await two.close();
    await server.stop();
  }
}

// Alone: `node test/tools/bench-sync.mjs [--accounts N]` (default 10,000) measures only sync, with
// the raw put loop of the same records as its reference — a smaller N gives a quick look.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--accounts');
  const accounts = i > 0 ? Number(process.argv[i + 1]) : 10_000;
  if (!existsSync('.output/chrome-mv3-e2e/manifest.json')) execSync('npm run build:e2e', { stdio: 'ignore' });
  const backup = generateBackup({ accounts });
  const text = JSON.stringify(backup);
  const records = backup.accounts.length + backup.contacts.length + backup.interactions.length + backup.tasks.length;
  console.log(`${'generated backup'.padEnd(44)} ${fmt(backup.accounts.length)} accounts, ${fmt(records)} records`);
  const b = await launchBench();
  let raw;
  try {
    // The reference runs in the extension's origin, as in bench.mjs (after its import).
    await b.page.goto(b.url('dashboard.html'));
    raw = await b.rawPutLoop(backup);
  } finally {
    await b.close();
  }
  console.log(`${'raw IndexedDB put loop, same records'.padEnd(44)} ${fmt(raw)} ms`);
  await benchSync(text, records, raw, (name, value) => console.log(`${name.padEnd(44)} ${value}`));
}
