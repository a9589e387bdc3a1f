import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { removeMeeting, scheduleNew } from './meetings-helpers';
import { ensureDemoData } from './panel-helpers';

/**
 * Plan against actual (issue 17, item 6): figures typed into a dossier draw a chart of plan
 * against actual with the same numbers in a table, the portfolio sorts by gap to plan, and an
 * account review's preparation shows the chart and says how much of the plan was reached.
 */
test.describe('plan against actual', () => {
  test.beforeEach(async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
  });

  /** Adds one figure through the dossier's form (the browser's language is English here). */
  async function addFigure(page: Page, f: { quarter: number; year: number; plan: string; actual: string }) {
    const card = page.getByTestId('plan-figures');
    await card.getByTestId('plan-add').click();
    const form = card.getByTestId('plan-form');
    await form.getByTestId('plan-measure').selectOption('sales');
    await form.getByTestId('plan-period-kind').selectOption('quarter');
    await form.getByTestId('plan-period-quarter').selectOption(String(f.quarter));
    await form.getByTestId('plan-period-year').selectOption(String(f.year));
    await form.getByTestId('plan-plan').fill(f.plan);
    await form.getByTestId('plan-actual').fill(f.actual);
    await form.getByTestId('plan-currency').fill('eur');
    await form.getByTestId('plan-save').click();
    await expect(form).toHaveCount(0);
  }

  test('figures draw plan against actual, and the portfolio puts the account furthest behind first', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    const name = `Plan check ${Date.now()}`;
    const year = new Date().getFullYear() - 1;
    await page.goto(`${dashboard}#/accounts`);
    await page.getByTestId('new-account').click();
    await expect(page.getByTestId('dossier-title')).toBeVisible();
    try {
      await page.getByTestId('identity-edit').click();
      await page.locator('#f-name').fill(name);
      await page.getByTestId('identity').getByRole('button', { name: 'Save' }).click();
      await expect(page.getByTestId('dossier-title')).toHaveText(name);

      const card = page.getByTestId('plan-figures');
      await expect(card.getByTestId('plan-empty')).toBeVisible();
      // A figure that is not a number is refused with a message, and nothing is saved.
      await card.getByTestId('plan-add').click();
      await card.getByTestId('plan-plan').fill('ten thousand');
      await card.getByTestId('plan-currency').fill('EUR');
      await card.getByTestId('plan-save').click();
      await expect(card.getByTestId('plan-form-error')).toContainText('must be a number');
      await card.getByRole('button', { name: 'Cancel' }).click();

      await addFigure(page, { quarter: 2, year, plan: '10,000', actual: '9,500' });
      await addFigure(page, { quarter: 3, year, plan: '12,000', actual: '1,200' });

      // The chart: one plan bar and one actual bar per quarter, drawn as SVG.
      const chart = card.getByTestId('plan-chart');
      await expect(chart).toBeVisible();
      await expect(chart.locator('rect[data-testid="plan-bar-plan"]')).toHaveCount(2);
      await expect(chart.locator('rect[data-testid="plan-bar-actual"]')).toHaveCount(2);
      await expect(chart.getByText(`Q3 ${year}`, { exact: true })).toHaveCount(1);
      // The table view lists the same numbers, with the gap.
      const rows = card.getByTestId('plan-table-row');
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(0)).toContainText(`Q2 ${year}`);
      await expect(rows.nth(0).getByTestId('plan-cell-plan')).toHaveText('€10,000.00');
      await expect(rows.nth(0).getByTestId('plan-cell-actual')).toHaveText('€9,500.00');
      await expect(rows.nth(0).getByTestId('plan-cell-gap')).toHaveText(/^[-−]€500\.00 \([-−]5%\)$/);
      await expect(rows.nth(1).getByTestId('plan-cell-gap')).toHaveText(/^[-−]€10,800\.00 \([-−]90%\)$/);

      // Deleting a figure offers Undo, which brings it back.
      await rows.nth(0).getByTestId('plan-delete').click();
      await expect(rows).toHaveCount(1);
      await page.getByTestId('undo').click();
      await expect(rows).toHaveCount(2);

      // The portfolio by gap to plan: 10 % of plan is further behind than any demo account.
      await page.goto(`${dashboard}#/accounts`);
      await page.getByTestId('portfolio-sort').selectOption('planGap');
      const first = page.getByTestId('account-row').first();
      await expect(first.locator('.name')).toHaveText(name);
      await expect(first.getByTestId('row-plan-gap')).toContainText(/[-−]90%/);
      await expect(first.getByTestId('row-plan-gap')).toContainText(`Q3 ${year}`);
      await expect(
        page.getByTestId('account-row').filter({ hasText: 'Acme Logistics' }).getByTestId('row-plan-gap'),
      ).toContainText(/[-−]36%/);
    } finally {
      await page.goto(`${dashboard}#/accounts`);
      await page.getByTestId('account-filter').fill(name);
      const mine = page.getByTestId('account-row').filter({ hasText: name });
      if ((await mine.count()) > 0) {
        await mine.first().click();
        await page.getByTestId('delete-account').click();
        await expect(page.getByTestId('undo-toast')).toBeVisible();
      }
      await page.close();
    }
  });

  test('an account review shows the chart and how much of the plan was reached', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    await page.goto(`${dashboard}#/account/demo-acme`);
    // The demo: Acme's last quarter reached 64 % of its sales plan.
    await expect(page.getByTestId('plan-figures').getByTestId('plan-chart')).toBeVisible();
    const id = await scheduleNew(page, { type: 'builtin:account-review', minutesAhead: 180 });
    try {
      await page.goto(`${dashboard}#/meeting/${encodeURIComponent(id)}`);
      const prep = page.getByTestId('preparation-view');
      await expect(prep.locator('[data-testid="prep-prompt"][data-kind="plan-actual"]')).toContainText(
        /Plan vs actual: 64% of the sales plan for Q\d \d{4}/,
      );
      const chart = prep.getByTestId('prep-plan').getByTestId('plan-chart');
      await expect(chart.locator('rect[data-testid="plan-bar-plan"]')).toHaveCount(4);
      await expect(chart.locator('rect[data-testid="plan-bar-actual"]')).toHaveCount(3);
      await expect(prep.getByTestId('plan-table-row')).toHaveCount(4);
    } finally {
      await removeMeeting(page, dashboard, id);
      await page.close();
    }
  });
});
