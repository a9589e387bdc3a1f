import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, routeFixture, serveHtml } from './panel-helpers';

const GMAIL = 'https://mail.google.com/**';

/** The count at the start of a report summary line ("2 complaint cases opened"). */
async function countOf(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return Number(/\d+/.exec(text.replace(/\s/g, ''))?.[0] ?? NaN);
}

/**
 * Issue 17, complaints as cases: a case on the demo's Acme Logistics goes open → in progress →
 * resolved; the panel beside Anna's email lists it while it is unresolved, and the monthly report
 * counts it as opened and resolved this month. The case is deleted at the end.
 */
test.describe('complaint cases', () => {
  test.beforeEach(async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
  });
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(GMAIL);
  });

  test('a case moves from open to resolved; the panel and the monthly report follow it', async ({ ext }) => {
    const title = `Late delivery ${Date.now().toString(36)}`;
    const dash = await ext.context.newPage();
    const report = `${ext.url('dashboard.html')}#/report?account=demo-acme`;

    // Before: this month's counts for Acme (other runs in this profile may have left some).
    await dash.goto(report);
    await expect(dash.getByTestId('report-summary-cases-opened')).toBeVisible();
    const openedBefore = await countOf(dash, 'report-summary-cases-opened');
    const resolvedBefore = await countOf(dash, 'report-summary-cases-resolved');

    await dash.goto(`${ext.url('dashboard.html')}#/account/demo-acme`);
    const card = dash.getByTestId('cases-card');
    await card.getByTestId('add-case').click();
    const form = card.getByTestId('case-form');
    await form.locator('[name="title"]').fill(title);
    await form.locator('[name="cause"]').fill('Truck held at the border');
    await form.locator('[name="department"]').fill('Transport');
    await form.locator('[name="department"]').press('Enter');
    const item = card.getByTestId('case-item').filter({ hasText: title });
    await expect(item.getByTestId('case-status')).toHaveText('Open');
    await expect(item.getByTestId('case-department')).toContainText('Transport');

    // The panel beside Anna's email lists the open case with its status.
    await routeFixture(ext.context, GMAIL, 'test/fixtures/gmail/2026-11-thread.html');
    const mail = await ext.context.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
    const panel = panelOf(mail);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    const inPanel = panel.getByTestId('open-case').filter({ hasText: title });
    await expect(inPanel.getByTestId('open-case-status')).toHaveText('Open');
    await expect(inPanel).toContainText('opened today');

    await item.getByTestId('case-start').click();
    await expect(item.getByTestId('case-status')).toHaveText('In progress');
    await expect(inPanel.getByTestId('open-case-status')).toHaveText('In progress');

    // Resolving asks for the outcome.
    await item.getByTestId('case-resolve').click();
    await item.getByTestId('case-outcome-input').fill('Re-delivered free of charge');
    await item.getByTestId('case-resolve-save').click();
    await expect(item.getByTestId('case-status')).toHaveText('Resolved');
    await expect(item.getByTestId('case-outcome')).toContainText('Re-delivered free of charge');
    await expect(item.getByTestId('case-dates')).toContainText('Resolved');
    await expect(panel.getByTestId('open-case').filter({ hasText: title })).toHaveCount(0);
    await mail.close();

    await dash.goto(report);
    await expect.poll(() => countOf(dash, 'report-summary-cases-opened')).toBe(openedBefore + 1);
    expect(await countOf(dash, 'report-summary-cases-resolved')).toBe(resolvedBefore + 1);

    // Clean up: delete the case (Undo is offered), and it is gone from the dossier.
    await dash.goto(`${ext.url('dashboard.html')}#/account/demo-acme`);
    await item.getByTestId('case-delete').click();
    await expect(dash.getByTestId('undo-toast')).toBeVisible();
    await expect(card.getByTestId('case-item').filter({ hasText: title })).toHaveCount(0);
    await dash.close();
  });

  test("the demo's open complaint shows under its case, in the dossier and once in the panel", async ({ ext }) => {
    const dash = await ext.context.newPage();
    await dash.goto(`${ext.url('dashboard.html')}#/account/demo-tbilisi`);
    const item = dash.getByTestId('cases-card').getByTestId('case-item').filter({ hasText: 'TB-2211' });
    await expect(item.getByTestId('case-status')).toHaveText('In progress');
    await expect(item.getByTestId('case-linked-entry')).toContainText('Damaged pallets');
    await expect(item.getByTestId('case-follow-up')).toContainText('Resolve the TB-2211 claim');
    await dash.close();

    // The same Gmail thread, written by Giorgi: his complaint is listed under its case, not twice.
    const thread = readFileSync('test/fixtures/gmail/2026-11-thread.html', 'utf8')
      .replaceAll('anna.petrova@acme-logistics.example', 'giorgi.beridze@tbilisi-wine.example')
      .replaceAll('igor.smirnov@acme-logistics.example', 'giorgi.beridze@tbilisi-wine.example');
    await serveHtml(ext.context, GMAIL, thread);
    const mail = await ext.context.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
    const panel = panelOf(mail);
    await expect(panel.getByTestId('dossier-name').first()).toContainText('Tbilisi Wine House');
    const kase = panel.getByTestId('open-case').filter({ hasText: 'TB-2211' });
    await expect(kase.getByTestId('open-case-status')).toHaveText('In progress');
    await expect(kase.getByTestId('open-complaint')).toContainText('Damaged pallets');
    await expect(panel.getByTestId('open-complaint').filter({ hasText: 'Damaged pallets' })).toHaveCount(1);
    await mail.close();
  });

  test('a complaint entry of the history opens a case with its text and stays linked to it', async ({ ext }) => {
    const summary = `Wrong labels on pallets ${Date.now().toString(36)}`;
    const dash = await ext.context.newPage();
    await dash.goto(`${ext.url('dashboard.html')}#/account/demo-acme`);
    const history = dash.getByTestId('history');
    await history.getByTestId('add-note').click();
    await history.locator('form [name="kind"]').selectOption('complaint');
    await history.locator('form [name="summary"]').fill(summary);
    await history.locator('form button[type="submit"]').click();
    await expect(history.getByTestId('history-entry').filter({ hasText: summary })).toBeVisible();

    const card = dash.getByTestId('cases-card');
    await card.getByTestId('case-loose-complaint').filter({ hasText: summary }).getByTestId('case-from-complaint').click();
    await expect(card.getByTestId('case-form').locator('[name="title"]')).toHaveValue(summary);
    await card.getByTestId('case-form').locator('button[type="submit"]').click();
    const item = card.getByTestId('case-item').filter({ hasText: summary });
    await expect(item.getByTestId('case-linked-entry')).toContainText(summary);
    await expect(card.getByTestId('case-loose-complaint').filter({ hasText: summary })).toHaveCount(0);

    // Clean up: the case, then the history entry.
    await item.getByTestId('case-delete').click();
    await expect(item).toHaveCount(0);
    await history
      .getByTestId('history-entry')
      .filter({ hasText: summary })
      .getByRole('button', { name: `Delete: ${summary}` })
      .click();
    await expect(history.getByTestId('history-entry').filter({ hasText: summary })).toHaveCount(0);
    await dash.close();
  });
});
