import { readFileSync } from 'node:fs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, routeFixture } from './panel-helpers';

const OUTLOOK = 'https://outlook.office.com/**';
const MESSAGE =
  'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgAQAMt8%2Fh%2B3A0VJrSWh0CZ6u2E%3D';
/** Another message: a new page context, so the pin made on the first one does not carry over. */
const LATER = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgAQAFx9Pq2LhEaNq0a1J4nFb8Q%3D';

test.describe('panel on Outlook when the sender shows by name only', () => {
  test.afterEach(async ({ ext }) => ext.context.unroute(OUTLOOK));

  test('offers the namesake to confirm, shows the dossier, and matches by address once Outlook shows it', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await routeFixture(ext.context, OUTLOOK, 'test/fixtures/outlook/2026-12-name-only-panel.html');
    const page = await ext.context.newPage();
    await page.goto(MESSAGE);
    const panel = panelOf(page);

    // Said plainly, and no dossier is shown on the strength of a name alone.
    const nameOnly = panel.getByTestId('name-only');
    await expect(nameOnly).toContainText('only a name');
    await expect(nameOnly).toContainText('Igor Smirnov');
    await expect(panel.getByTestId('dossier-name')).toHaveCount(0);
    const candidate = panel.getByTestId('name-candidate');
    await expect(candidate).toHaveCount(1);
    await expect(candidate).toContainText('Igor Smirnov');
    await expect(candidate).toContainText('Acme Logistics');

    await candidate.click();
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(panel.getByTestId('name-only')).toHaveCount(0);

    // Outlook now shows the sender's address (one no dossier held): it was learnt for Igor, so
    // the next message matches by address, with Igor as the known person, and no pin.
    await ext.context.unroute(OUTLOOK);
    await routeFixture(ext.context, OUTLOOK, 'test/fixtures/outlook/2026-12-name-only-panel-address.html');
    await page.goto(LATER);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(panel.getByTestId('contact-name').first()).toHaveText('Igor Smirnov');
    await expect(panel.getByTestId('name-only')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: "Back to the email's own match" })).toHaveCount(0);
    await page.close();
  });

  test('a name nobody has offers search and a new dossier', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await ext.context.route(OUTLOOK, async (route) => {
      const html = readFileSync('test/fixtures/outlook/2026-12-name-only-panel.html', 'utf8').replaceAll(
        'Igor Smirnov',
        'Olga Sidorova',
      );
      await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    });
    const page = await ext.context.newPage();
    await page.goto(MESSAGE);
    const panel = panelOf(page);
    await expect(panel.getByTestId('name-only-none')).toBeVisible();
    await expect(panel.getByTestId('name-candidate')).toHaveCount(0);
    await expect(panel.getByTestId('manual-search').first()).toBeVisible();
    await expect(panel.getByTestId('new-person')).toHaveValue('Olga Sidorova');
    await panel.getByTestId('new-company').fill('Sidorova Consulting');
    await panel.getByTestId('create-dossier').click();
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Sidorova Consulting');
    await page.close();
  });
});
