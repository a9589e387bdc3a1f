import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './extension';
import { ensureDemoData } from './panel-helpers';

/** Search everything from the dashboard header, on the demo dossiers (lib/demo/demo-data.ts). */
test.describe('dashboard: search everything', () => {
  async function dashboard(ext: { context: BrowserContext; url: (p: string) => string }) {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/week`);
    return page;
  }

  const hits = (page: Page) => page.getByTestId('search-hit');

  test('finds history entries and follow-ups, each under its account, with the words marked', async ({ ext }) => {
    const page = await dashboard(ext);
    const box = page.getByTestId('global-search');
    await box.fill('turnaround');
    const history = hits(page).and(page.locator('[data-kind="interaction"]'));
    const followUp = hits(page).and(page.locator('[data-kind="task"]'));
    await expect(history).toHaveCount(1);
    await expect(history).toContainText('pallet turnaround at Kotka');
    await expect(history).toContainText('Acme Logistics');
    await expect(followUp).toHaveCount(1);
    await expect(followUp).toContainText('Check Kotka turnaround figures with Igor');
    await expect(followUp).toContainText('Acme Logistics');
    await expect(followUp.locator('mark')).toHaveText(['turnaround']);
    // Two words: both must match ("cold-chain" is written with a hyphen in the demo).
    await box.fill('cold chain proposal');
    await expect(hits(page).first()).toContainText('cold-chain');
    for (const text of await hits(page).allTextContents()) expect(text).toMatch(/proposal/i);
    await page.close();
  });

  test('finds people by first name, Russian words by their stem, and names across scripts', async ({ ext }) => {
    const page = await dashboard(ext);
    const box = page.getByTestId('global-search');
    await box.fill('Anna');
    const person = hits(page).and(page.locator('[data-kind="contact"]'));
    await expect(person).toHaveCount(1);
    await expect(person).toContainText('Anna Petrova');
    await expect(person).toContainText('Acme Logistics');
    await box.fill('igor');
    await expect(person).toContainText('Igor Smirnov');
    // "логистик" finds "логистике" (a history entry) and "логистики" (the account's summary).
    await box.fill('логистик');
    await expect(hits(page).and(page.locator('[data-kind="interaction"]'))).toContainText('складской логистике');
    await expect(hits(page).and(page.locator('[data-kind="account"]'))).toContainText('Северный Ветер');
    // "Петрова" in Cyrillic finds "Anna Petrova" while names across scripts is on.
    await box.fill('Петрова');
    await expect(person).toContainText('Anna Petrova');
    await page.getByTestId('search-across-scripts').uncheck();
    await expect(page.getByTestId('global-search-status')).toContainText(/nothing|ничего|mitään|არაფერი/i);
    await expect(hits(page)).toHaveCount(0);
    await page.getByTestId('search-across-scripts').check();
    await box.fill('zzzz nothing like this');
    await expect(hits(page)).toHaveCount(0);
    await page.close();
  });

  test('/ focuses the box from any view; arrows and Enter open the dossier; Escape closes', async ({ ext }) => {
    const page = await dashboard(ext);
    await page.locator('body').press('/');
    const box = page.getByTestId('global-search');
    await expect(box).toBeFocused();
    await page.keyboard.type('Kotka');
    // The account (its needs), the follow-up, the meeting (its place) and the history entry; specs
    // sharing this browser profile may have added more records that mention Kotka.
    const demoKinds = ['account', 'task', 'meeting', 'interaction'];
    const kindsShown = () => hits(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    await expect
      .poll(async () => {
        const shown = await kindsShown();
        return demoKinds.every((k) => shown.includes(k));
      })
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect(hits(page)).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await expect(hits(page).first()).toBeVisible();
    await expect(hits(page).first()).toHaveAttribute('aria-selected', 'true');
    const texts = await hits(page).allTextContents();
    const target = texts.findIndex((text) => text.includes('pallet turnaround at Kotka is the pain point'));
    expect(target).toBeGreaterThan(0);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await expect(hits(page).nth(target)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await hits(page).nth(target).getAttribute('id')) ?? '');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('dossier-title')).toHaveText('Acme Logistics');
    await expect(page.locator('[data-entry-id="demo-i2"]')).toBeFocused();
    // Ctrl+K from the dossier brings the box back.
    await page.locator('body').press('Control+k');
    await expect(box).toBeFocused();
    await page.close();
  });

  test('the popup searches the same index; Enter opens the dossier in the dashboard', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const popup = await ext.context.newPage();
    await popup.goto(ext.url('popup.html'));
    const box = popup.getByTestId('global-search');
    await expect(box).toBeFocused();
    await box.fill('Igor');
    const person = hits(popup).and(popup.locator('[data-kind="contact"]'));
    await expect(person).toContainText('Igor Smirnov');
    await expect(person).toContainText('Acme Logistics');
    const opened = ext.context.waitForEvent('page');
    // The popup closes itself once the dashboard opens, as the toolbar popup does.
    await popup.keyboard.press('Enter').catch(() => undefined);
    const dashboard = await opened;
    await expect.poll(() => popup.isClosed()).toBe(true);
    await expect(dashboard.getByTestId('dossier-title')).toHaveText('Acme Logistics');
    await dashboard.close();
  });
});
