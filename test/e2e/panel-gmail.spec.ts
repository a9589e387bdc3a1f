import { readFileSync } from 'node:fs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, routeFixture, serveHtml } from './panel-helpers';

const GMAIL = 'https://mail.google.com/**';

test.describe('panel on Gmail (fixture pages at the real hostname)', () => {
  test.beforeEach(async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
  });
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(GMAIL);
  });

  test("an open thread shows the sender's dossier, follow-ups and the meeting checklist", async ({ ext }) => {
    await routeFixture(ext.context, GMAIL, 'test/fixtures/gmail/2026-11-thread.html');
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    // docs/contract.md: the panel is an iframe whose src starts with the extension's panel.html.
    await expect(page.locator('keyside-panel iframe')).toHaveAttribute(
      'src',
      new RegExp(`^chrome-extension://${ext.extensionId}/panel\\.html`),
    );
    await expect(panel.getByTestId('contact-name').first()).toContainText(/Anna Petrova|Igor Smirnov/);
    const acme = panel.locator('article').filter({ has: panel.getByTestId('dossier-name').getByText('Acme Logistics') });
    await expect(acme.getByTestId('open-task')).toHaveCount(2);
    await expect(acme.getByTestId('open-task').first()).toContainText('Send revised cold-chain proposal');
    await expect(panel.getByTestId('checklist-item').first()).toBeVisible();
    expect(await panel.getByTestId('checklist-item').count()).toBeGreaterThan(5);
    // The README's picture of the panel beside a Gmail-like thread, kept current by this test.
    await page.screenshot({ path: 'test/e2e/screenshots/gmail-thread-panel.png' });
    await page.close();
  });

  test('logging the email twice records it once; a follow-up is added from the panel', async ({ ext }) => {
    await routeFixture(ext.context, GMAIL, 'test/fixtures/gmail/2026-11-thread.html');
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
    const panel = panelOf(page);
    const log = panel.getByTestId('log-email').first();
    await log.click();
    await expect(log).toBeDisabled();
    await expect(panel.getByTestId('recent-history').first()).toContainText('Q4');
    await panel.getByTestId('add-follow-up').first().click();
    await panel.getByTestId('follow-up-form').locator('input').first().fill('Call Anna about Q4 volumes');
    await panel.getByTestId('follow-up-form').getByRole('button').first().click();
    const acme = panel.locator('article').filter({ has: panel.getByTestId('dossier-name').getByText('Acme Logistics') });
    await expect(acme.getByTestId('open-task')).toHaveCount(3);

    // Reload: the message is still logged once (the button stays disabled), the task persists.
    await page.reload();
    await expect(panelOf(page).getByTestId('log-email').first()).toBeDisabled();
    const dash = await ext.context.newPage();
    await dash.goto(`${ext.url('dashboard.html')}#/account/demo-acme`);
    const emails = dash.getByTestId('history-entry').filter({ hasText: 'Q4' });
    await expect(emails).toHaveCount(1);
    await expect(dash.getByTestId('dossier-open-task').filter({ hasText: 'Call Anna about Q4 volumes' })).toHaveCount(1);
    await dash.close();
    await page.close();
  });

  test('a loading screen hidden by a class (not inline style) does not hide the open thread', async ({ ext }) => {
    const html = readFileSync('test/fixtures/gmail/2026-11-thread.html', 'utf8')
      .replace('<div id="loading" class="msg" style="display: none;">', '<div id="loading" class="msg aqp">')
      .replace('</style>', '  .aqp{display:none}\n</style>');
    expect(html).toContain('class="msg aqp"');
    await serveHtml(ext.context, GMAIL, html);
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
    await expect(panelOf(page).getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await page.close();
  });

  test('a changed layout shows layout-unrecognised with manual search, never a page error', async ({ ext }) => {
    await routeFixture(ext.context, GMAIL, 'test/fixtures/gmail/2026-11-changed-layout.html');
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
    const panel = panelOf(page);
    await expect(panel.getByTestId('layout-unrecognised')).toBeVisible();
    await panel.getByTestId('manual-search').fill('acme');
    await panel.getByTestId('search-hit').first().click();
    await expect(panel.getByTestId('dossier-name')).toHaveText('Acme Logistics');
    expect(errors).toEqual([]);
    await page.close();
  });
});
