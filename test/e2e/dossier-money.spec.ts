import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, serveHtml } from './panel-helpers';

// Issue 17, item 2: invoices from an accounting export and by hand; overdue money in the panel.
const GMAIL = 'https://mail.google.com/**';
const THREAD = 'test/fixtures/gmail/2026-11-thread.html';
const EXPORT = 'test/fixtures/invoices/2026-12-accounting-export.csv';
const SEVER = 'ООО «Северный Ветер»';

/** The Gmail thread fixture, sent by Мария Иванова of the demo's Северный Ветер instead of Anna. */
const threadFromMaria = () =>
  readFileSync(THREAD, 'utf8')
    .replaceAll('anna.petrova@acme-logistics.example', 'maria.ivanova@severny-veter.example')
    .replaceAll('Anna Petrova', 'Мария Иванова');

async function severPanel(page: Page) {
  await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
  const panel = panelOf(page);
  const article = panel.locator('article').filter({ has: panel.getByTestId('dossier-name').getByText(SEVER, { exact: true }) });
  await expect(article).toBeVisible();
  return article;
}

/** Deletes the dossier's invoices whose number starts with `prefix`, through the card, as a user would. */
async function deleteInvoices(page: Page, dashboard: string, prefix: string) {
  await page.goto(`${dashboard}#/account/demo-sever`);
  const rows = page.getByTestId('money').locator(`[data-testid="invoice-row"][data-number^="${prefix}"]`);
  await expect(page.getByTestId('money')).toBeVisible();
  while ((await rows.count()) > 0) {
    const before = await rows.count();
    await rows.first().getByTestId('invoice-delete').click();
    await expect(rows).toHaveCount(before - 1);
  }
}

test.describe('dossier money: invoices and overdue amounts', () => {
  test.beforeEach(async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await serveHtml(ext.context, GMAIL, threadFromMaria);
  });
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(GMAIL);
  });

  test('an accounting CSV imported through the mapping screen puts the overdue amount beside the client’s email', async ({
    ext,
  }) => {
    const dashboard = ext.url('dashboard.html');
    const page = await ext.context.newPage();
    await page.goto(`${dashboard}#/backup`);
    await page.getByTestId('import-invoices').setInputFiles(EXPORT);
    const preview = page.getByTestId('invoices-import-preview');
    await expect(preview).toBeVisible({ timeout: 60_000 });
    const select = (column: string) => preview.locator(`[data-testid="column-mapping-select"][data-column="${column}"]`);
    await expect(select('Контрагент')).toHaveValue('client');
    await expect(select('Сумма')).toHaveValue('amount');
    await expect(select('Срок оплаты')).toHaveValue('dueOn');
    await expect(select('Оплачен')).toHaveValue('paid');
    await expect(page.getByTestId('invoices-import-count-added')).toHaveText('3 invoices added');
    await expect(page.getByTestId('invoices-import-count-setAside')).toHaveText('1 row set aside');
    await expect(page.getByTestId('invoices-import-problem')).toHaveText('Line 5: no client “Unknown Client Oy” in Keyside.');
    await expect(page.getByTestId('invoices-import-row').filter({ hasText: 'СВ-E2E-1' })).toContainText(/EUR\s14,300\.50/);
    await page.getByTestId('import-confirm').click();
    await expect(page.getByTestId('import-result')).toContainText('Import finished');
    await expect(page.getByTestId('import-result')).toContainText('3 invoices added');

    // The dossier lists them, the overdue one marked; the totals keep euros and dollars apart.
    await page.goto(`${dashboard}#/account/demo-sever`);
    const money = page.getByTestId('money');
    await expect(money.locator('[data-testid="invoice-row"][data-number="СВ-E2E-1"]')).toHaveAttribute('data-overdue', 'true');
    await expect(money.locator('[data-testid="invoice-row"][data-number="СВ-E2E-2"]')).toHaveAttribute('data-overdue', 'false');
    await expect(money.locator('[data-testid="invoice-row"][data-number="СВ-E2E-3"]')).toContainText('Paid Nov 3, 2026');
    await expect(money.locator('[data-testid="money-total"][data-currency="EUR"]')).toContainText(
      /EUR\s15,300\.50.*EUR\s14,300\.50/,
    );
    await expect(money.locator('[data-testid="money-total"]')).toHaveCount(1);

    const mail = await ext.context.newPage();
    const sever = await severPanel(mail);
    await expect(sever.getByTestId('money-overdue')).toHaveText(/^1 invoice overdue · EUR\s14,300\.50$/);
    await expect(sever.getByTestId('money-outstanding')).toHaveText(/EUR\s15,300\.50/);

    await deleteInvoices(page, dashboard, 'СВ-E2E-');
    await expect(sever.getByTestId('money-alert')).toHaveCount(0);
    await mail.close();
    await page.close();
  });

  test('an invoice entered by hand is overdue until marked paid', async ({ ext }) => {
    const dashboard = ext.url('dashboard.html');
    const page = await ext.context.newPage();
    await page.goto(`${dashboard}#/account/demo-sever`);
    const money = page.getByTestId('money');
    await money.getByTestId('add-invoice').click();
    const form = money.getByTestId('invoice-form');
    await form.getByTestId('invoice-number').fill('СВ-HAND-1');
    await form.getByTestId('invoice-amount').fill('1 234.50');
    await form.getByTestId('invoice-currency').selectOption('other');
    await form.getByTestId('invoice-currency-code').fill('gel');
    await form.getByTestId('invoice-due').fill('2026-11-15');
    await form.getByTestId('invoice-save').click();
    const row = money.locator('[data-testid="invoice-row"][data-number="СВ-HAND-1"]');
    await expect(row).toHaveAttribute('data-overdue', 'true');
    await expect(row).toContainText(/GEL\s1,234\.50/);

    const mail = await ext.context.newPage();
    const sever = await severPanel(mail);
    await expect(sever.getByTestId('money-overdue')).toHaveText(/^1 invoice overdue · GEL\s1,234\.50$/);

    await row.getByTestId('invoice-mark-paid').click();
    await expect(row).toHaveAttribute('data-overdue', 'false');
    await expect(row.getByTestId('invoice-status')).toContainText('Paid');
    await expect(money.getByTestId('money-nothing-owed')).toBeVisible();
    await expect(sever.getByTestId('money-alert')).toHaveCount(0);

    await deleteInvoices(page, dashboard, 'СВ-HAND-');
    await mail.close();
    await page.close();
  });

  test('the preparation of any meeting names the overdue invoices, per currency', async ({ ext }) => {
    // The demo's Tbilisi Wine House owes one overdue invoice in euros; its lari invoice is not due yet.
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/meeting/demo-m2`);
    const overdue = page.locator('[data-testid="prep-prompt"][data-kind="overdue-invoices"]');
    await expect(overdue).toHaveCount(1);
    await expect(overdue).toHaveText(/^1 overdue invoice, EUR\s14,300, due .+$/);
    await page.close();
  });

  test('one import at a time: the invoices and contacts previews put each other away', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/backup`);
    await page.getByTestId('import-invoices').setInputFiles(EXPORT);
    await expect(page.getByTestId('invoices-import-preview')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('import-contacts').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Name,Email\nAnna,anna@one-at-a-time.example\n'),
    });
    await expect(page.getByTestId('contacts-import-preview')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('invoices-import-preview')).toHaveCount(0);
    await expect(page.getByTestId('import-confirm')).toHaveCount(1);
    await page.getByTestId('import-invoices').setInputFiles(EXPORT);
    await expect(page.getByTestId('invoices-import-preview')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('contacts-import-preview')).toHaveCount(0);
    await expect(page.getByTestId('import-confirm')).toHaveCount(1);
    await page.close();
  });
});
