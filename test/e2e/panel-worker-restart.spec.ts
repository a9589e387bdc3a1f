import type { BrowserContext, CDPSession } from '@playwright/test';
import { serveStatic } from '@/test/tools/static-server.mjs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf } from './panel-helpers';

interface Ext {
  context: BrowserContext;
  extensionId: string;
  url: (path: string) => string;
}

interface Targets {
  targetInfos: { targetId: string; type: string; url: string }[];
}

/** The extension's running service worker, if any. */
async function workerOf(cdp: CDPSession, extensionId: string) {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as Targets;
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
}

/** MV3 stops idle workers (30 s); do it now, as Chrome would, and drop the panel's port with it. */
async function stopWorker(cdp: CDPSession, extensionId: string) {
  const worker = await workerOf(cdp, extensionId);
  expect(worker).toBeTruthy();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  // Until it is gone (or something already started the next one): the callers check which.
  for (let i = 0; i < 100 && (await workerOf(cdp, extensionId))?.targetId === worker!.targetId; i++)
    await new Promise((r) => setTimeout(r, 50));
}

/**
 * The demo inbox with Acme's email open and its dossier in the panel, then the worker stopped as
 * the browser stops an idle one. The caller closes the page and the server.
 */
async function acmeShownThenWorkerStopped(ext: Ext) {
  await ensureDemoData(ext.context, ext.url('dashboard.html'));
  const server = await serveStatic('test/fixtures/demo-inbox');
  const page = await ext.context.newPage();
  await page.goto(`${server.url}/index.html`);
  const panel = panelOf(page);
  await page.evaluate(() => (window as unknown as { openDemoMessage(n: number): void }).openDemoMessage(1));
  await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
  const cdp = await ext.context.newCDPSession(page);
  await stopWorker(cdp, ext.extensionId);
  return { page, panel, server, cdp };
}

test('the panel keeps following messages after the browser stops the background worker', async ({ ext }) => {
  const { page, panel, server } = await acmeShownThenWorkerStopped(ext);
  try {
    await page.evaluate(() => (window as unknown as { openDemoMessage(n: number): void }).openDemoMessage(2));
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('ООО «Северный Ветер»');
    await page.evaluate(() => (window as unknown as { openDemoMessage(n: number): void }).openDemoMessage(1));
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
  } finally {
    await page.close();
    await server.close();
  }
});

test('a panel whose worker stopped lets it sleep until the user reaches into the panel', async ({ ext }) => {
  const { page, panel, server, cdp } = await acmeShownThenWorkerStopped(ext);
  try {
    // No reconnect loop: nothing starts a worker again while the user only reads the panel
    // (docs/architecture.md, "The worker sleeps; let it"); the dossier stays on screen.
    await page.waitForTimeout(1500);
    expect(await workerOf(cdp, ext.extensionId)).toBeUndefined();
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');

    // A click in the panel connects it again, and it follows the dossier live once more.
    await panel.locator('main').click({ position: { x: 4, y: 4 } });
    await expect.poll(async () => (await workerOf(cdp, ext.extensionId)) !== undefined).toBe(true);
    await page.evaluate(() => (window as unknown as { openDemoMessage(n: number): void }).openDemoMessage(2));
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('ООО «Северный Ветер»');
  } finally {
    await page.close();
    await server.close();
  }
});
