import { serveStatic } from '../tools/static-server.mjs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf } from './panel-helpers';

test('the generic adapter runs on a site once the user enables it in Settings', async ({ ext }) => {
  await ensureDemoData(ext.context, ext.url('dashboard.html'));
  const server = await serveStatic('test/fixtures/generic');
  try {
    const dash = await ext.context.newPage();
    await dash.goto(`${ext.url('dashboard.html')}#/settings`);
    const card = dash.getByTestId('generic-hosts');
    await card.getByRole('textbox').fill('not a host');
    await card.getByRole('button', { name: /Add|Добавить/ }).click();
    await expect(card.getByRole('alert')).toBeVisible();
    await card.getByRole('textbox').fill(server.url);
    await card.getByRole('button', { name: /Add|Добавить/ }).click();
    await expect(card.locator('code')).toHaveText(server.url);

    const page = await ext.context.newPage();
    await page.goto(`${server.url}/2026-11-contacts.html`);
    const panel = panelOf(page, ext.extensionId);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await page.close();
    await dash.close();
  } finally {
    await server.close();
  }
});
