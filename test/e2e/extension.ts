import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's real binary by default (testing.md); a laptop can point CHROMIUM_PATH elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const extensionDir = resolve(process.env.KEYSIDE_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');

/**
 * A fresh default profile with the built extension loaded. Default profile on purpose: it is
 * where an extension iframe cannot open IndexedDB, so tests catch code that tries.
 */
export async function launchWithExtension(opts: { headless?: boolean; dir?: string } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'keyside-profile-'));
  const dir = resolve(opts.dir ?? extensionDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: opts.headless ?? true,
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
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
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, worker, close };
}

export const test = base.extend<
  {},
  { ext: { context: BrowserContext; extensionId: string; url: (path: string) => string } }
>({
  ext: [
    async ({}, use) => {
      const { context, extensionId, close } = await launchWithExtension();
      await use({ context, extensionId, url: (p: string) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}` });
      await close();
    },
    { scope: 'worker' },
  ],
});
export { expect } from '@playwright/test';

/** Imports a backup file through the dashboard's real file input and waits for the result. */
export async function importThroughDashboard(page: Page, dashboardUrl: string, file: { name: string; buffer: Buffer }) {
  await page.goto(`${dashboardUrl}#/backup`);
  await page.getByTestId('import-backup').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
  const result = page.getByTestId('import-result');
  await result.filter({ hasNotText: /Checking|Проверяем/ }).waitFor({ timeout: 120_000 });
  return result;
}
