#!/usr/bin/env node
// `npm start`: builds Keyside, opens a browser with it on the local demo inbox and the demo
// dossiers loaded. With no display (CI, no DISPLAY, or --headless) it runs headless, writes
// screenshots of what a user would see to .output/demo/*.png and exits 0 (docs/contract.md, Commands).
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchWithExtension } from '../e2e/launch.mjs';
import { serveStatic } from './static-server.mjs';
import { ensureTools } from './ensure-tools.mjs';

const headless = !!process.env.CI || !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = '.output/demo';

ensureTools(['chromium']);
console.log('Building Keyside…');
execSync('npm run build:e2e', { stdio: 'ignore' });
const inbox = await serveStatic('test/fixtures/demo-inbox');
const { context, url: ext, close } = await launchWithExtension({ headless });

// Load the demo dossiers the way a user would: the dashboard's "Load demo data" button.
const dash = await context.newPage();
await dash.goto(`${ext('dashboard.html')}#/accounts`);
await dash.locator('[data-testid="load-demo"], [data-testid="account-row"]').first().waitFor();
if (await dash.getByTestId('load-demo').count()) await dash.getByTestId('load-demo').click();
await dash.getByTestId('account-row').first().waitFor();

const mail = await context.newPage();
await mail.goto(`${inbox.url}/index.html`);
const panel = mail.frameLocator('keyside-panel iframe');
await mail.evaluate(() => window.openDemoMessage(1));
await panel.getByTestId('dossier-name').first().waitFor();

if (headless) {
  mkdirSync(outDir, { recursive: true });
  await mail.screenshot({ path: `${outDir}/panel-known-sender.png` });
  await mail.evaluate(() => window.openDemoMessage(4));
  await panel.getByTestId('no-match').waitFor();
  await mail.screenshot({ path: `${outDir}/panel-unknown-sender.png` });
  await mail.evaluate(() => window.openDemoMessage(3));
  await panel.getByTestId('open-complaint').first().waitFor();
  await mail.screenshot({ path: `${outDir}/panel-complaint.png` });
  await dash.bringToFront();
  await dash.goto(`${ext('dashboard.html')}#/account/demo-acme`);
  await dash.getByTestId('dossier-title').waitFor();
  await dash.screenshot({ path: `${outDir}/dashboard-dossier.png`, fullPage: true });
  await dash.goto(`${ext('dashboard.html')}#/accounts`);
  await dash.getByTestId('account-row').first().waitFor();
  await dash.screenshot({ path: `${outDir}/dashboard-accounts.png` });
  console.log(`Screenshots written to ${outDir}/`);
  await close();
  await inbox.close();
  process.exit(0);
}

console.log(`Keyside is running on the demo inbox: ${inbox.url}/index.html — close the browser to stop.`);
await mail.bringToFront();
context.on('close', async () => {
  await inbox.close();
  process.exit(0);
});
