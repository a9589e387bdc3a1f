#!/usr/bin/env node
// `npm run dev`: WXT's watch mode with Keyside loaded in a Chromium that can load it (found or
// installed by test/tools/ensure-tools.mjs), opened on the local demo inbox. The e2e mode is the
// one whose content script runs on loopback pages (docs/contract.md, Commands); wxt.config.ts
// reads the browser and start page from the two variables set here.
import { spawn } from 'node:child_process';
import { ensureTools } from './ensure-tools.mjs';
import { serveStatic } from './static-server.mjs';

const chromium = ensureTools(['chromium']).chromium;
const inbox = await serveStatic('test/fixtures/demo-inbox');
console.log(`Demo inbox: ${inbox.url}/index.html — load the demo dossiers from the dashboard's Accounts page.`);
// Root in a container needs Chromium's sandbox off; with no display there is no window to open.
const extraArgs = [];
if (process.getuid?.() === 0) extraArgs.push('--no-sandbox');
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  extraArgs.push('--headless=new');
  console.log('No display: Chromium runs headless; the watch build works the same.');
}
const wxt = spawn('npx', ['wxt', '--mode', 'e2e', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    KEYSIDE_DEV_CHROMIUM: chromium,
    KEYSIDE_DEV_START_URL: `${inbox.url}/index.html`,
    KEYSIDE_DEV_CHROMIUM_ARGS: extraArgs.join(' '),
  },
});
wxt.on('exit', async (code) => {
  await inbox.close();
  process.exit(code ?? 0);
});
