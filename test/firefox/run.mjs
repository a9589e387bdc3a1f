#!/usr/bin/env node
// Firefox end-to-end: installs the Firefox build of Keyside in Debian's firefox-esr (see
// launch.mjs), then checks what a user sees.
// docs/testing.md: moz-extension:// pages are opened in an iframe of a served test page because
// direct navigation there is refused.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../tools/static-server.mjs';
import { cases } from './cases.mjs';
import { launchFirefoxWithExtension } from './launch.mjs';

const reportArg = process.argv.find((a) => a.startsWith('--report='));

const server = await serveStatic('test');
let browser;
let passed = 0;
let failed = 0;
try {
  const launched = await launchFirefoxWithExtension();
  browser = launched.browser;
  const env = { browser, base: launched.base, server: server.url };
  for (const [name, run] of cases) {
    const started = Date.now();
    try {
      await run(env);
      passed++;
      console.log(`  ✓ firefox › ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(
        `  ✘ firefox › ${name}\n    ${String(e?.stack ?? e)
          .split('\n')
          .slice(0, 6)
          .join('\n    ')}`,
      );
    }
  }
} finally {
  await browser?.close();
  await server.close();
}
console.log(`\nfirefox: ${passed} passed, ${failed} failed`);
if (reportArg) {
  const file = reportArg.slice('--report='.length);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ passed, failed }));
}
process.exit(failed ? 1 : 0);
