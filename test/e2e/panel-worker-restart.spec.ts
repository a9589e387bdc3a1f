import { serveStatic } from '@/test/tools/static-server.mjs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf } from './panel-helpers';

test('the panel keeps following messages after the browser stops the background worker', async ({ ext }) => {
  await ensureDemoData(ext.context, ext.url('dashboard.html'));
  const server = await serveStatic('test/fixtures/demo-inbox');
  const page = await ext.context.newPage();
  try {
    await page.goto(`${server.url}/index.html`);
    const panel = panelOf(page);
    await page.evaluate(() => (window as unknown as { openDemoMessage(n: number): void }).openDemoMessage(1));
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');

    // MV3 stops idle workers (30 s); do it now, as Chrome would, and drop the panel's port with it.
    const cdp = await ext.context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
    expect(worker).toBeTruthy();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });

    await page.evaluate(() => (window as unknown as { openDemoMessage(n: number): void }).openDemoMessage(2));
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('ООО «Северный Ветер»');
    await page.evaluate(() => (window as unknown as { openDemoMessage(n: number): void }).openDemoMessage(1));
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
  } finally {
    await page.close();
    await server.close();
  }
});
