#!/usr/bin/env node
// Where the portfolio's first paint goes, in a profile that keeps its 10,000 accounts between runs
// (the bench imports into a fresh profile every time, minutes before anything is measured):
//   node test/tools/profile-portfolio.mjs setup   <build dir> <profile dir>   import + search backfill, once
//   node test/tools/profile-portfolio.mjs measure <build dir> <profile dir> [loads] [trace.json]
// `measure` prints, per load, the page's own marks (keyside-dashboard-*, see
// entrypoints/dashboard/main.tsx and components/dashboard/AccountList.tsx) beside the script
// chunks' arrival, and with a trace file writes one load's Chromium trace for the Performance panel.
import { chromium } from '@playwright/test';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath, QUIET_ARGS } from '../e2e/launch.mjs';
import { generateBackup } from './generate-backup.mjs';
import { firstPaint } from './bench-portfolio.mjs';

const [mode, dir = '.output/chrome-mv3', profile = '/tmp/keyside-portfolio-profile', loadsArg = '7', traceFile] =
  process.argv.slice(2);

async function launch() {
  mkdirSync(profile, { recursive: true });
  const ext = resolve(dir);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...QUIET_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return { context, url: (p) => `chrome-extension://${id}/${p}` };
}

const { context, url } = await launch();
try {
  if (mode === 'setup') {
    const file = join(profile, '..', 'keyside-portfolio-backup.json');
    writeFileSync(file, JSON.stringify(generateBackup()));
    const page = await context.newPage();
    await page.goto(`${url('dashboard.html')}#/backup`);
    await page.getByTestId('import-backup').setInputFiles(file);
    await page.locator('[data-testid="import-result"]:not([aria-busy="true"])').waitFor({ timeout: 600_000 });
    console.log('imported:', (await page.getByTestId('import-result').textContent())?.slice(0, 200));
    for (;;) {
      const done = await page.evaluate(
        () =>
          new Promise((res) => {
            const open = indexedDB.open('keyside');
            open.onsuccess = () => {
              const get = open.result.transaction('kv').objectStore('kv').get('searchBackfill');
              get.onsuccess = () => (open.result.close(), res((get.result?.value?.table ?? 0) >= 5));
              get.onerror = () => (open.result.close(), res(false));
            };
            open.onerror = () => res(false);
          }),
      );
      if (done) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.log('search backfill done');
  } else {
    const dashboard = url('dashboard.html');
    const rows = [];
    for (let i = 0; i < 3 + Number(loadsArg); i++) {
      // One measured load under the CPU profiler (100 µs samples): self time per script file.
      const profiled = traceFile && i === 3;
      const around = profiled
        ? async (page, load) => {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
            await cdp.send('Profiler.start');
            const out = await load();
            const { profile: cpu } = await cdp.send('Profiler.stop');
            writeFileSync(traceFile, JSON.stringify(cpu));
            return out;
          }
        : undefined;
      const sample = await firstPaint(context, `${dashboard}#/accounts`, '[data-testid="account-row"]', {
        whole: '[data-testid="accounts-count"][aria-busy="false"]',
        timeline: true,
        around,
      });
      const reference = await firstPaint(context, `${dashboard}#/backup`, '[data-testid="import-backup"]', { timeline: true });
      const floor = await firstPaint(context, url('manifest.json'), 'pre');
      if (i >= 3) rows.push({ ...sample, reference: reference.first, floor: floor.first, referenceMarks: reference.marks });
    }
    for (const r of rows) console.log(JSON.stringify(r));
  }
} finally {
  await context.close();
}
