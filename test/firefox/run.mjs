#!/usr/bin/env node
// Firefox end-to-end: installs the Firefox build of Keyside in Debian's firefox-esr through
// puppeteer-core (Playwright cannot drive stock Firefox), then checks what a user sees.
// docs/testing.md, Browsers: pin the extension UUID by pref; moz-extension:// pages are opened in an iframe of
// a served test page because direct navigation there is refused.
import puppeteer from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../tools/static-server.mjs';
import { cases } from './cases.mjs';

const reportArg = process.argv.find((a) => a.startsWith('--report='));
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const extensionDir = resolve(process.env.KEYSIDE_FIREFOX_DIR ?? '.output/firefox-mv2-e2e');
const GECKO_ID = 'keyside@keyside.example';
const uuid = randomUUID();

const server = await serveStatic('test');
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: firefoxPath,
  headless: true,
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.shell.checkDefaultBrowser': false,
  },
});
let passed = 0;
let failed = 0;
try {
  await browser.installExtension(extensionDir);
  const env = { browser, base: `moz-extension://${uuid}`, server: server.url };
  for (const [name, run] of cases) {
    const started = Date.now();
    try {
      await run(env);
      passed++;
      console.log(`  ✓ firefox › ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✘ firefox › ${name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nfirefox: ${passed} passed, ${failed} failed`);
if (reportArg) {
  const file = reportArg.slice('--report='.length);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ passed, failed }));
}
process.exit(failed ? 1 : 0);
