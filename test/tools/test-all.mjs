#!/usr/bin/env node
// `npm test`: every check in order, stopping at the first failure, then one closing line with
// the total of tests run ("N passed, N failed") so CI can see that tests really ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureTools } from './ensure-tools.mjs';

// The browsers and the webmail first, installed here when missing: a fresh machine needs nothing
// beyond Node and npm (README, Development).
console.log('=== browsers and webmail ===');
ensureTools(['chromium', 'firefox', 'roundcube']);

const reports = {
  vitest: '.output/reports/vitest.json',
  playwright: '.output/reports/playwright.json',
  firefox: '.output/reports/firefox.json',
};
for (const f of Object.values(reports)) rmSync(f, { force: true });

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports.vitest}`]],
  // The store zips are the release builds; the Firefox one must pass Mozilla's linter.
  ['release builds, store zips, web-ext lint', 'npm', ['run', 'zip']],
  ['e2e builds', 'npm', ['run', 'build:e2e']],
  ['e2e build (Firefox)', 'npm', ['run', 'build:e2e:firefox']],
  [
    'end-to-end (Chromium)',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: reports.playwright },
  ],
  ['end-to-end (Firefox)', 'node', ['test/firefox/run.mjs', `--report=${reports.firefox}`]],
];

let failedStep = '';
for (const [name, cmd, args, env] of steps) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    failedStep = name;
    break;
  }
}

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
const vt = read(reports.vitest);
if (vt) {
  passed += vt.numPassedTests;
  failed += vt.numFailedTests;
}
const pw = read(reports.playwright);
if (pw) {
  passed += pw.stats.expected + (pw.stats.flaky ?? 0);
  failed += pw.stats.unexpected;
}
const ff = read(reports.firefox);
if (ff) {
  passed += ff.passed;
  failed += ff.failed;
}
if (failedStep) {
  console.log(`\nFAILED at: ${failedStep}`);
  failed = Math.max(failed, 1);
}
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
