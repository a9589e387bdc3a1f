// Launching Chromium with the built extension, shared by the e2e tests, `npm start` and the bench.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's real binary by default (docs/testing.md, Browsers); a laptop can point CHROMIUM_PATH elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/**
 * A fresh default profile with the built extension loaded. Default profile on purpose: it is
 * where an extension iframe cannot open IndexedDB, so tests catch code that tries.
 */
export async function launchWithExtension({ headless = true, dir = process.env.KEYSIDE_EXTENSION_DIR ?? '.output/chrome-mv3-e2e' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'keyside-profile-'));
  const extDir = resolve(dir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless,
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, worker, close };
}
