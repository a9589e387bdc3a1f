import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension } from './launch.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { chromiumPath, launchWithExtension } from './launch.mjs';

export const test = base.extend<object, { ext: { context: BrowserContext; extensionId: string; url: (path: string) => string } }>(
  {
    ext: [
      async ({}, use) => {
        const { context, extensionId, url, close } = await launchWithExtension();
        await use({ context, extensionId, url });
        await close();
      },
      { scope: 'worker' },
    ],
  },
);
export { expect } from '@playwright/test';

/**
 * Imports a backup file through the dashboard's real file input and waits for the result. When
 * the backup would replace existing records the dashboard asks first (docs/contract.md); the
 * helper then confirms, unless `confirm: false` asks it to stop at the question.
 */
export async function importThroughDashboard(
  page: Page,
  dashboardUrl: string,
  file: { name: string; buffer: Buffer },
  { confirm = true }: { confirm?: boolean } = {},
) {
  await page.goto(`${dashboardUrl}#/backup`);
  // Playwright passes buffers up to 50 MB; larger files go through the disk like a user's would.
  const dir = mkdtempSync(join(tmpdir(), 'keyside-import-'));
  const path = join(dir, file.name);
  writeFileSync(path, file.buffer);
  await page.getByTestId('import-backup').setInputFiles(path);
  rmSync(dir, { recursive: true, force: true });
  const result = page.getByTestId('import-result');
  // aria-busy while the file is checked and written (the progress bar).
  const settled = page.locator('[data-testid="import-result"]:not([aria-busy="true"])');
  await settled.or(page.getByTestId('import-preview')).first().waitFor({ timeout: 120_000 });
  if (confirm && (await page.getByTestId('import-preview').isVisible())) {
    await page.getByTestId('import-confirm').click();
    await settled.waitFor({ timeout: 120_000 });
  }
  return result;
}
