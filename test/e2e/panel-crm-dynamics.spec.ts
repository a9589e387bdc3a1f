import { expect, test } from './extension';
import { openCrmFixture, switchRecord } from './crm-switch';
import { panelOf } from './panel-helpers';

/**
 * Issue 11: Dynamics 365 Sales record forms at a real regional hostname (request routing serves
 * the golden pages in test/fixtures/dynamics/): a contact found by its email, an account by its
 * website alone, and a record switch through the URL's query with the form re-rendered after it.
 */

const HOST = 'https://contoso.crm4.dynamics.com/**';
const open = (ext: Parameters<Parameters<typeof test>[2]>[0]['ext'], name: string) =>
  openCrmFixture(ext.context, ext.url('dashboard.html'), 'dynamics', HOST, name);

test.describe('panel on Dynamics 365 records', () => {
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(HOST);
  });

  test("a contact's email opens its dossier", async ({ ext }) => {
    const page = await open(ext, '2026-12-contact');
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(panel.getByTestId('contact-name').first()).toContainText('Anna Petrova');
    await page.close();
  });

  test('an account that shows only its website opens the dossier with that domain', async ({ ext }) => {
    const page = await open(ext, '2026-12-account');
    await expect(panelOf(page).getByTestId('dossier-name').first()).toContainText('Tbilisi Wine House');
    await page.close();
  });

  test('opening another record changes the URL query and re-renders the form: the panel follows', async ({ ext }) => {
    const page = await open(ext, '2026-12-contact');
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await switchRecord(page, 'dynamics', '2026-12-contact-switched', '[data-id="editFormRoot"]', 150);
    expect(page.url()).toContain('id=c7a8b9d0-3e4f-4a5b-9c6d-8e9f0a1b2c3d');
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('ООО «Северный Ветер»');
    await expect(panel.getByTestId('contact-name').first()).toContainText('Мария Иванова');
    await page.close();
  });
});
