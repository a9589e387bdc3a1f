// The one place that launches Chromium: the e2e tests, `npm start`, the bench and the Roundcube
// smoke check all go through here, so the binary and its flags are chosen once.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../tools/find-browser.mjs';

/**
 * CHROMIUM_PATH, else the system's Chromium (Debian's real binary first, docs/testing.md, Browsers),
 * else Playwright's (test/tools/find-browser.mjs). `npm start` and `npm test` install one first
 * when there is none (test/tools/ensure-tools.mjs); the fallback only names what is missing.
 */
export const chromiumPath = () => findChromium()?.path ?? '/usr/lib/chromium/chromium';

/** Flags for every launch: runs in a container (no sandbox, GPU, /dev/shm) and stays quiet. */
export const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium without the extension (a plain browser, e.g. to look at a webmail as it is). */
export async function launchChromium({ headless = true } = {}) {
  return chromium.launch({ executablePath: chromiumPath(), headless, args: QUIET_ARGS });
}

/**
 * A fresh default profile with the built extension loaded. Default profile on purpose: it is
 * where an extension iframe cannot open IndexedDB, so tests catch code that tries.
 * `args` adds flags (e.g. --enable-unsafe-extension-debugging for the capture tests).
 */
export async function launchWithExtension({
  headless = true,
  dir = process.env.KEYSIDE_EXTENSION_DIR ?? '.output/chrome-mv3-e2e',
  viewport = { width: 1400, height: 900 },
  args = [],
  profilePrefix = 'keyside-profile-',
  keepWelcome = false,
} = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const extDir = resolve(dir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...QUIET_ARGS, ...args],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A new install opens the welcome page (lib/background/welcome.ts). Specs start from a browser
  // without it unless they test it: keepWelcome returns it as `welcome`.
  const isWelcome = (p) => p.url().startsWith(`chrome-extension://${extensionId}/welcome.html`);
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }).catch(() => undefined));
  if (welcome && !keepWelcome) await welcome.close();
  /** An extension page's URL: url('dashboard.html') -> chrome-extension://<id>/dashboard.html */
  const url = (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`;
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, worker, url, close, welcome: keepWelcome ? welcome : undefined };
}
