import { demoBackup } from '@/lib/demo/demo-data';
import { expect, importThroughDashboard, test } from './extension';

/**
 * The dashboard's account list as a portfolio (issue 12, item 2), on the demo dossiers: Acme
 * Logistics has a follow-up due yesterday and a meeting tomorrow, Tbilisi Wine House an open
 * complaint, Pohjoinen Oy a 30-day cadence last met 40 days ago.
 */
test.describe('portfolio view', () => {
  test.beforeEach(async ({ ext }) => {
    // Fresh demo records (by id) so follow-ups another spec may have ticked are open again.
    const page = await ext.context.newPage();
    const result = await importThroughDashboard(page, ext.url('dashboard.html'), {
      name: 'demo.json',
      buffer: Buffer.from(JSON.stringify(demoBackup())),
    });
    await expect(result).toContainText('✓');
    await page.close();
  });

  test('shows follow-ups, the next meeting, complaints and cadence per account', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/accounts`);
    await page.getByTestId('account-filter').fill('Acme Logistics');
    const acme = page.getByTestId('account-row').filter({ hasText: 'Acme Logistics' });
    await expect(acme).toHaveCount(1);
    // The demo's two follow-ups; a spec sharing this profile may have added more to Acme.
    const open = Number((await acme.getByTestId('row-follow-ups').textContent())?.match(/(\d+) open/)?.[1]);
    expect(open).toBeGreaterThanOrEqual(2);
    await expect(acme.getByTestId('row-overdue')).toHaveText('1 overdue');
    // Tomorrow at 11:00 local, in the browser's date format.
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const day = await page.evaluate(
      (ms) => new Intl.DateTimeFormat(navigator.language, { day: 'numeric' }).format(ms),
      tomorrow.getTime(),
    );
    await expect(acme.getByTestId('row-next-meeting')).toContainText(day);
    await expect(acme.getByTestId('row-next-meeting')).not.toHaveText('—');
    // Acme's last contact moves when another spec in this profile logs an email to it today.
    await expect(acme.getByTestId('row-last-contact')).toContainText(/3 days ago|today/);

    await page.getByTestId('account-filter').fill('Tbilisi Wine');
    await expect(page.getByTestId('account-row').getByTestId('row-complaints')).toHaveText('1 open complaint');
    await page.getByTestId('account-filter').fill('Pohjoinen');
    await expect(page.getByTestId('account-row').getByTestId('row-last-contact')).toContainText('40 days ago');
    await expect(page.getByTestId('account-row').getByTestId('row-cadence-slipping')).toBeVisible();
    await page.close();
  });

  test('needs attention puts an overdue follow-up first; name sorts by name', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/accounts`);
    const rows = page.getByTestId('account-row');
    await page.getByTestId('portfolio-sort').selectOption('name');
    await expect(rows.first()).toBeVisible();
    await page.getByTestId('portfolio-sort').selectOption('attention');
    // Overdue outranks everything else, so the first row has one (Acme's, or another spec's account).
    await expect(rows.first().getByTestId('row-overdue')).toBeVisible();
    const names = await rows.locator('.name').allTextContents();
    const order = ['Acme Logistics', 'Tbilisi Wine House', 'Pohjoinen Oy', 'ООО «Северный Ветер»'].map((n) =>
      names.findIndex((x) => x.startsWith(n)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    await page.getByTestId('portfolio-sort').selectOption('name');
    // The list redraws when the query settles: wait for the order to change.
    await expect
      .poll(async () => {
        const byName = await rows.locator('.name').allTextContents();
        return byName.findIndex((x) => x.startsWith('Tbilisi')) > byName.indexOf('Pohjoinen Oy');
      })
      .toBe(true);
    await page.close();
  });

  test('the stage filter narrows the list, and the keyboard opens a dossier', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/accounts`);
    const rows = page.getByTestId('account-row');
    await expect(rows.filter({ hasText: 'Pohjoinen Oy' })).toHaveCount(1);
    const all = await rows.count();
    await page.getByTestId('stage-filter').selectOption('active');
    await expect(rows.filter({ hasText: 'Acme Logistics' })).toHaveCount(0);
    await expect(rows.filter({ hasText: 'Pohjoinen Oy' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'Tbilisi Wine House' })).toHaveCount(1);
    expect(await rows.count()).toBeLessThan(all);
    for (const stage of await rows.getByTestId('stage').allTextContents()) expect(stage).toBe('Active');

    // The list's one focusable row; ↓ moves to the next, Enter opens it.
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = rows.nth(1);
    await expect(second).toBeFocused();
    const name = (await second.locator('.name').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('dossier-title')).toHaveText(name);
    await page.close();
  });
});
