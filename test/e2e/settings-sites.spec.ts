import { serveStatic } from '@/test/tools/static-server.mjs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, registeredMatches, routeFixture } from './panel-helpers';

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
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await page.close();
    await dash.close();
  } finally {
    await server.close();
  }
});

test('a CRM rule on a site with its own adapter still gives the page one panel', async ({ ext }) => {
  await ensureDemoData(ext.context, ext.url('dashboard.html'));
  const dash = await ext.context.newPage();
  await dash.goto(`${ext.url('dashboard.html')}#/settings`);
  const rules = dash.getByTestId('site-rules');
  await rules.getByRole('button', { name: /Add|Добавить/ }).click();
  await rules.locator('input[name="name"]').fill('Mail rule');
  await rules.locator('input[name="urlPattern"]').fill('https://mail.google.com/*');
  await rules.locator('input[name="emailSelector"]').fill('span[email]');
  await rules.locator('input[name="emailAttribute"]').fill('email');
  await rules.getByRole('button', { name: /Save|Сохранить/ }).click();
  await expect(rules.getByText('Mail rule')).toBeVisible();
  // The any-host script is now registered for Gmail too, beside Gmail's own script.
  await expect.poll(() => registeredMatches(ext.context)).toContain('https://mail.google.com/*');

  await routeFixture(ext.context, 'https://mail.google.com/**', 'test/fixtures/gmail/2026-11-thread.html');
  const page = await ext.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
  await expect(panelOf(page).getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
  // Both scripts ran; the second must not mount a second panel.
  await expect(page.locator('keyside-panel')).toHaveCount(1);
  await ext.context.unroute('https://mail.google.com/**');
  await rules
    .locator('li')
    .filter({ hasText: 'Mail rule' })
    .getByRole('button', { name: /Delete|Удалить/ })
    .click();
  await expect(rules.getByText('Mail rule')).toHaveCount(0);
  await page.close();
  await dash.close();
});
