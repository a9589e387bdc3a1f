#!/usr/bin/env node
// Where the dashboard's backup import spends its time (issue 13): imports the bench's backup
// through the real file input with Chromium's sampling profiler on, then prints the page's
// JavaScript time by activity and its top functions. Wall time minus JavaScript time is time
// the page waited on IndexedDB. `node test/tools/profile-import.mjs [accounts]` (default 10,000).
import { launchBench } from './bench-browser.mjs';
import { generateBackup } from './generate-backup.mjs';

const accounts = Number(process.argv[2] ?? 10_000);
const backup = generateBackup({ accounts });
const text = JSON.stringify(backup);

/** Activity of a function, by name and bundle: the buckets the issue asks about. */
const buckets = [
  ['JSON parse', (f) => f.functionName === 'parse' && f.url === ''],
  ['backup checks (depth, ids, refs)', (f) => /^(tooDeep|duplicateIds|danglingRefs|rows|parseBackupText)$/.test(f.functionName)],
  [
    'search index rows (docOf, tokenizer)',
    (f) => /docOf|fieldsOf|addTokens|eachToken|latinWord|fold|tokenize/i.test(f.functionName),
  ],
  ['zod validation', (f) => /zod|schemas|_parse|_zod|safeParse|parse$/i.test(`${f.functionName} ${f.url}`)],
  [
    'Dexie and middleware',
    (f) => /dexie|mutate|withDigest|foldActivity|withCrmKeys|crmRefKeys|bulkPut/i.test(`${f.functionName} ${f.url}`),
  ],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['idle (waiting on IndexedDB or the file)', (f) => f.functionName === '(idle)'],
  ['program (browser, outside JS)', (f) => f.functionName === '(program)'],
];

const b = await launchBench();
try {
  const { page, url } = b;
  await page.goto(`${url('dashboard.html')}#/backup`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 2000 });
  await cdp.send('Profiler.start');
  const imp = await b.importThroughDashboard(text);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const times = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (times[i + 1] ?? 0)));
  const perBucket = new Map();
  const perFn = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const f = byId.get(id).callFrame;
    total += us;
    const bucket = buckets.find(([, test]) => test(f))?.[0] ?? 'other JavaScript (React, file read)';
    perBucket.set(bucket, (perBucket.get(bucket) ?? 0) + us);
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    perFn.set(key, (perFn.get(key) ?? 0) + us);
  }
  console.log(`import ${imp.ms} ms wall; profiled ${(total / 1000).toFixed(0)} ms`);
  for (const [name, us] of [...perBucket].sort((x, y) => y[1] - x[1]))
    console.log(`${name.padEnd(44)} ${(us / 1000).toFixed(0).padStart(7)} ms`);
  console.log('\ntop functions (self time):');
  for (const [name, us] of [...perFn].sort((x, y) => y[1] - x[1]).slice(0, 30))
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  // The phases the page marks (components/dashboard/BackupPage.tsx, lib/io/backup-db.ts).
  const phases = await page.evaluate(() => [
    ...performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('keyside-import'))
      .map((m) => [m.name, m.duration]),
    ...performance
      .getEntriesByType('mark')
      .filter((m) => m.name === 'keyside-import-write')
      .flatMap((m) => [
        ['  of which checking records (zod), on the page', m.detail.checkMs],
        ['  of which waiting for IndexedDB between chunks', m.detail.waitMs],
      ]),
  ]);
  console.log('\nphases:');
  for (const [name, ms] of phases) console.log(`${name.padEnd(50)} ${ms.toFixed(0).padStart(7)} ms`);
  const raw = await b.rawPutLoop(backup);
  console.log(`\nraw put loop ${raw.toFixed(0)} ms`);
  const indexed = await b.rawPutLoop(backup, { indexed: true });
  console.log(`raw put loop into Keyside's indexes ${indexed.toFixed(0)} ms`);
} finally {
  await b.close();
}
