import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, importThroughDashboard, test } from './extension';
import { ensureDemoData, panelOf } from './panel-helpers';

const PIPEDRIVE = 'https://kam-demo.pipedrive.com/**';
const HOST = 'https://kam-demo.pipedrive.com';
const fixture = (name: string) => readFileSync(`test/fixtures/pipedrive/2026-12-${name}.html`, 'utf8');

/** Serves the Pipedrive golden page of each route (a deal page for any /deal/<id>). */
function pageFor(url: string): string {
  const path = new URL(url).pathname;
  if (path.startsWith('/person/')) return fixture('person');
  if (path.startsWith('/deal/')) return fixture('deal');
  if (path.startsWith('/leads/')) return fixture('lead');
  if (path === '/organization/9200') {
    // An organization that shows only its name: no website, no email.
    return fixture('organization')
      .replaceAll('Pohjoinen Oy', 'Pohjoinen')
      .replace(/<div data-test="field-website">[\s\S]*?<\/div>/, '');
  }
  if (path.startsWith('/organization/')) return fixture('organization');
  return fixture('list');
}

async function serve(ext: { context: import('@playwright/test').BrowserContext }) {
  await ext.context.route(PIPEDRIVE, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageFor(route.request().url()) }),
  );
}

/** Unlinks the record the panel shows as linked, so the shared profile is left as found. */
async function unlink(panel: FrameLocator) {
  await panel.getByTestId('unlink-record').click();
  await expect(panel.getByTestId('record-no-match')).toBeVisible();
}

async function open(page: Page, path: string) {
  await page.goto(`${HOST}${path}`);
  return panelOf(page);
}

test.describe('panel on Pipedrive', () => {
  test.afterEach(async ({ ext }) => ext.context.unroute(PIPEDRIVE));

  test("a person's email opens the dossier; the SPA's switch to an organization with only a website follows", async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await serve(ext);
    const page = await ext.context.newPage();
    const panel = await open(page, '/person/118');
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(panel.getByTestId('contact-name').first()).toContainText('Anna Petrova');
    // Linked, the person's record keeps showing the person as well as the dossier.
    await panel.getByTestId('link-record').click();
    await expect(panel.getByTestId('record-linked')).toBeVisible();
    await expect(panel.getByTestId('contact-name').first()).toContainText('Anna Petrova');
    await panel.getByTestId('unlink-record').click();
    await expect(panel.getByTestId('link-record')).toBeVisible();

    // Pipedrive opens the organization without a page load: new view, new URL.
    const org = fixture('organization');
    await page.evaluate((html) => {
      const body = new DOMParser().parseFromString(html, 'text/html').getElementById('application');
      document.getElementById('application')?.replaceWith(body!);
      history.pushState(null, '', '/organization/42');
    }, org);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Pohjoinen Oy');
    await expect(panel.getByTestId('contact-name')).toHaveCount(0);
    await page.close();
  });

  test('an organization with only a website opens the dossier of that domain', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await serve(ext);
    const page = await ext.context.newPage();
    const panel = await open(page, '/organization/42');
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Pohjoinen Oy');
    await page.close();
  });

  test('a deal without an email: linked by hand, it opens its dossier at once after a reload', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await serve(ext);
    const page = await ext.context.newPage();
    const panel = await open(page, '/deal/9001');
    await expect(panel.getByTestId('no-match')).toBeVisible();
    await expect(panel.getByTestId('record-no-match')).toBeVisible();
    await expect(panel.getByTestId('dossier-name')).toHaveCount(0);

    // Pick the dossier by search: it is shown, with "Link this record".
    await panel.getByTestId('manual-search').fill('Tbilisi');
    await panel.getByTestId('search-hit').filter({ hasText: 'Tbilisi Wine House' }).first().click();
    await expect(panel.getByTestId('dossier-name')).toContainText('Tbilisi Wine House');
    await panel.getByTestId('link-record').click();
    await expect(panel.getByTestId('record-linked')).toBeVisible();

    await page.reload();
    await expect(panel.getByTestId('dossier-name')).toContainText('Tbilisi Wine House');
    await expect(panel.getByTestId('record-linked')).toBeVisible();
    await expect(panel.getByRole('button', { name: "Back to the email's own match" })).toHaveCount(0);

    // The dossier page lists the record as a link; removing it offers Undo.
    const dash = await ext.context.newPage();
    await dash.goto(`${ext.url('dashboard.html')}#/account/demo-tbilisi`);
    const record = dash.getByTestId('crm-record').filter({ hasText: '9001' });
    await expect(record.getByTestId('crm-record-link')).toHaveText('Pipedrive · Deal · 9001');
    await expect(record.getByTestId('crm-record-link')).toHaveAttribute('href', `${HOST}/deal/9001`);
    await record.getByTestId('crm-record-remove').click();
    await expect(record).toHaveCount(0);
    await dash.getByTestId('undo').click();
    await expect(record).toHaveCount(1);
    await dash.close();

    // Unlinking in the panel offers Undo too; then the record is unlinked for good.
    await unlink(panel);
    await panel.getByTestId('undo').click();
    await expect(panel.getByTestId('record-linked')).toBeVisible();
    await unlink(panel);
    await page.close();
  });

  test("a record linked in a backup's crmRefs opens its dossier, by address or by Pipedrive id", async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await serve(ext);
    const backup = {
      format: 'keyside-backup',
      version: 1,
      accounts: [
        {
          id: 'e2e-crm-backup',
          name: 'Reefer Line (backup)',
          crmRefs: [
            { url: `${HOST}/deal/9100?utm_source=newsletter#notes` },
            { url: 'https://old-crm.example/deals/x', system: 'Pipedrive', recordId: '9101', recordType: 'deal' },
          ],
        },
      ],
    };
    const dash = await ext.context.newPage();
    const result = await importThroughDashboard(dash, ext.url('dashboard.html'), {
      name: 'crm-links.json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await result.getByTestId('import-count-accounts').waitFor();

    const page = await ext.context.newPage();
    let panel = await open(page, '/deal/9100');
    await expect(panel.getByTestId('dossier-name')).toHaveText('Reefer Line (backup)');
    panel = await open(page, '/deal/9101');
    await expect(panel.getByTestId('dossier-name')).toHaveText('Reefer Line (backup)');
    // Another deal of the same organization is not linked.
    panel = await open(page, '/deal/9102');
    await expect(panel.getByTestId('record-no-match')).toBeVisible();
    await page.close();

    await dash.goto(`${ext.url('dashboard.html')}#/account/e2e-crm-backup`);
    await dash.getByTestId('delete-account').click();
    await dash.close();
  });

  test('a company name is only a suggestion: confirmed, it links the record', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await serve(ext);
    const page = await ext.context.newPage();
    const panel = await open(page, '/organization/9200');
    const suggestion = panel.getByTestId('company-suggestion');
    await expect(suggestion).toContainText('Pohjoinen Oy');
    await expect(panel.getByTestId('dossier-name')).toHaveCount(0);
    await suggestion.getByTestId('confirm-suggestion').click();
    await expect(panel.getByTestId('dossier-name')).toHaveText('Pohjoinen Oy');
    await expect(panel.getByTestId('record-linked')).toBeVisible();
    await unlink(panel);
    await page.close();
  });
});

test('Settings → CRMs shows every CRM on in the e2e build, which holds their hosts', async ({ ext }) => {
  const dash = await ext.context.newPage();
  await dash.goto(`${ext.url('dashboard.html')}#/settings`);
  const card = dash.getByTestId('crm-sites');
  for (const id of ['salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics']) {
    const toggle = card.getByTestId(`crm-switch-${id}`);
    await expect(toggle).toBeChecked();
    await expect(toggle).toBeDisabled();
  }
  await expect(card).toContainText('Pipedrive');
  await dash.close();
});
