import { expect, test } from './extension';
import { ensureDemoData, panelOf, routeFixture } from './panel-helpers';

const OUTLOOK = 'https://outlook.office.com/**';
const LIVE = 'https://outlook.live.com/**';

test.describe('panel on Outlook on the web (fixture pages at the real hostname)', () => {
  test.afterEach(async ({ ext }) => ext.context.unroute(OUTLOOK));

  test('the reading pane shows the dossier; the panel collapses and remembers it per site', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await routeFixture(ext.context, OUTLOOK, 'test/fixtures/outlook/2026-11-reading-pane.html');
    const page = await ext.context.newPage();
    await page.goto(
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgAQAMt8%2Fh%2B3A0VJrSWh0CZ6u2E%3D',
    );
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(panel.getByTestId('contact-name').first()).toHaveText('Igor Smirnov');

    const frame = page.locator('keyside-panel iframe');
    const width = async () => (await frame.boundingBox())?.width ?? 0;
    expect(await width()).toBeGreaterThan(200);
    // Keyboard resize on the grip, then collapse with the tab button.
    const grip = page.locator('keyside-panel [role="separator"]');
    const before = Number(await grip.getAttribute('aria-valuenow'));
    await grip.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(width).toBeGreaterThan(390);
    // A screen reader hears the splitter's new position: the panel's width, 2 × 20 px wider.
    await expect(grip).toHaveAttribute('aria-valuenow', String(before + 40));
    const resized = await width();
    await page.locator('keyside-panel button').click();
    await expect(frame).toBeHidden();

    // Same site again: still collapsed; expanding restores the chosen width.
    await page.reload();
    await expect(page.locator('keyside-panel button')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('keyside-panel iframe')).toBeHidden();
    await page.locator('keyside-panel button').click();
    await expect.poll(width).toBe(resized);
    await page.close();
  });

  test('the full-page message view and a changed layout', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await routeFixture(ext.context, LIVE, 'test/fixtures/outlook/2026-11-full-page.html');
    const page = await ext.context.newPage();
    await page.goto(
      'https://outlook.live.com/mail/0/deeplink/read/AQMkADAwATZiZmYAZC1kMzA4LTY2MDMtMDACLTAwCgBGAAADx7QnYl2yNUe%2FyWk0jUVuuwcAwJ6yk?ItemID=AQMkADAwATZiZmYAZC1kMzA4LTY2MDMtMDACLTAwCgBGAAADx7QnYl2yNUe%2FyWk0jUVuuwcAwJ6yk&exvsurl=1',
    );
    await expect(panelOf(page).getByTestId('dossier-name').first()).toContainText('Tbilisi Wine House');
    await ext.context.unroute(LIVE);
    await routeFixture(ext.context, OUTLOOK, 'test/fixtures/outlook/2026-11-changed-layout.html');
    await page.goto(
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgAQAMt8%2Fh%2B3A0VJrSWh0CZ6u2E%3D',
    );
    await expect(panelOf(page).getByTestId('layout-unrecognised')).toBeVisible();
    await page.close();
  });
});
