import { expect, test } from './extension';
import { openCrmFixture, switchRecord } from './crm-switch';
import { panelOf } from './panel-helpers';

/**
 * Issue 11: Zoho CRM record pages at the real hostname (request routing serves the golden pages in
 * test/fixtures/zoho/): a contact found by its email, an account by its website alone, and a
 * record switch inside the single-page app.
 */

const HOST = 'https://crm.zoho.eu/**';
const open = (ext: Parameters<Parameters<typeof test>[2]>[0]['ext'], name: string) =>
  openCrmFixture(ext.context, ext.url('dashboard.html'), 'zoho', HOST, name);

test.describe('panel on Zoho CRM records', () => {
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(HOST);
  });

  test("a contact's email opens its dossier", async ({ ext }) => {
    const page = await open(ext, '2026-12-contact');
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(panel.getByTestId('contact-name').first()).toContainText('Igor Smirnov');
    await page.close();
  });

  test('an account that shows only its website opens the dossier with that domain', async ({ ext }) => {
    const page = await open(ext, '2026-12-account');
    await expect(panelOf(page).getByTestId('dossier-name').first()).toHaveText('Pohjoinen Oy');
    await page.close();
  });

  test('opening another record without a page load: the panel follows', async ({ ext }) => {
    const page = await open(ext, '2026-12-contact');
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await switchRecord(page, 'zoho', '2026-12-contact-switched', '#crmModuleContent');
    expect(page.url()).toContain('/tab/Contacts/4876876000000345065');
    await expect(panel.getByTestId('dossier-name').first()).toContainText('Tbilisi Wine House');
    await expect(panel.getByTestId('contact-name').first()).toContainText('გიორგი ბერიძე');
    await page.close();
  });
});
