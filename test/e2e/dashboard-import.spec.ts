import { demoBackup } from '@/lib/demo/demo-data';
import { expect, importThroughDashboard, test } from './extension';
import { readStore } from './read-store';

test.describe('dashboard: backup import and the dossier', () => {
  test('imports a backup and shows the dossier, grouped', async ({ ext }) => {
    const page = await ext.context.newPage();
    const result = await importThroughDashboard(page, ext.url('dashboard.html'), {
      name: 'demo.json',
      buffer: Buffer.from(JSON.stringify(demoBackup())),
    });
    await expect(result).toContainText('4');
    await expect(page.getByTestId('import-count-accounts')).toContainText('4');
    await page.goto(`${ext.url('dashboard.html')}#/accounts`);
    // The four demo accounts; specs sharing this profile (they run first) may have added their own.
    for (const name of demoBackup().accounts.map((a) => a.name))
      await expect(page.getByTestId('account-row').filter({ hasText: name })).toHaveCount(1);
    await page.getByTestId('stage-filter').selectOption('key');
    await expect(page.getByTestId('account-row')).toHaveCount(1);
    await page.getByTestId('account-row').first().click();
    await expect(page.getByTestId('dossier-title')).toHaveText('Acme Logistics');
    await expect(page.getByTestId('people').getByTestId('person')).toHaveCount(3);
    await expect(page.getByTestId('nuances')).toContainText('punctuality');
    await expect(page.getByTestId('follow-ups').getByTestId('dossier-open-task')).toHaveCount(2);
    // Three entries and the exhibition Acme attended (issue 17); its referral of Pohjoinen is a row of its own.
    await expect(page.getByTestId('history').getByTestId('history-entry')).toHaveCount(4);
    await expect(page.getByTestId('history').getByTestId('history-referral')).toContainText('Referred Pohjoinen Oy to us');
    await page.close();
  });

  test('a malformed backup is refused with JSON paths and writes nothing', async ({ ext }) => {
    const page = await ext.context.newPage();
    const before = await countAccounts(page, ext.url('dashboard.html'));
    const bad = {
      format: 'keyside-backup',
      version: 1,
      accounts: [
        { id: 'x1', name: 'Good Co' },
        { id: 'x2', name: '', stage: 'vip' },
      ],
      contacts: [{ id: 'c', accountId: 'nowhere', name: 'N' }],
    };
    const result = await importThroughDashboard(page, ext.url('dashboard.html'), {
      name: 'bad.json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect(result).toContainText('$.accounts[1].name');
    await expect(result).toContainText('$.accounts[1].stage');
    await expect(result).toContainText('$.contacts[0].accountId');
    expect(await countAccounts(page, ext.url('dashboard.html'))).toBe(before);

    const notJson = await importThroughDashboard(page, ext.url('dashboard.html'), {
      name: 'x.json',
      buffer: Buffer.from('name,email\nAnna,a@b.example'),
    });
    await expect(notJson).toContainText('not valid JSON');
    const dup = {
      format: 'keyside-backup',
      version: 1,
      accounts: [
        { id: 'd', name: 'A' },
        { id: 'd', name: 'B' },
      ],
    };
    const dupResult = await importThroughDashboard(page, ext.url('dashboard.html'), {
      name: 'dup.json',
      buffer: Buffer.from(JSON.stringify(dup)),
    });
    await expect(dupResult).toContainText('duplicate id "d"');
    expect(await countAccounts(page, ext.url('dashboard.html'))).toBe(before);
    await page.close();
  });

  test('a backup that replaces records, seeded templates included, asks first and writes only on confirm', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    // The worker seeds the built-in templates at install; wait until they are there.
    await expect.poll(() => templateNames(page, dashboard), { timeout: 10_000 }).not.toHaveLength(0);
    const seeded = await templateNames(page, dashboard);
    const seededRecords = await readStore<Record<string, unknown>>(page, 'checklistTemplates');
    const templates = seededRecords.map((tpl) => ({ ...tpl, name: `Imported ${String(tpl.name)}` }));
    const backup = {
      format: 'keyside-backup',
      version: 1,
      accounts: [{ id: 'confirm-co', name: 'Confirm Co' }],
      checklistTemplates: templates,
    };
    const file = { name: 'templates.json', buffer: Buffer.from(JSON.stringify(backup)) };

    await importThroughDashboard(page, dashboard, file, { confirm: false });
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText(String(templates.length));
    await expect(page.getByTestId('import-replaces-checklistTemplates')).toContainText(String(templates.length));
    await expect(page.getByTestId('import-result')).toHaveCount(0);
    // Nothing is written while the question is open, nor after cancelling it.
    expect(await templateNames(page, dashboard, false)).toEqual(seeded);
    await page.getByTestId('import-cancel').click();
    await expect(preview).toHaveCount(0);
    expect(await templateNames(page, dashboard, false)).toEqual(seeded);
    expect(await accountIds(page)).not.toContain('confirm-co');

    await importThroughDashboard(page, dashboard, file, { confirm: false });
    await page.getByTestId('import-confirm').click();
    await expect(page.getByTestId('import-count-checklistTemplates')).toContainText(String(templates.length));
    expect(await templateNames(page, dashboard, false)).toEqual(templates.map((tpl) => tpl.name).sort());
    expect(await accountIds(page)).toContain('confirm-co');

    // Put the built-in templates back as they were: later specs share this browser profile and
    // read the templates' names (reminder texts, checklists).
    const restore = { format: 'keyside-backup', version: 1, checklistTemplates: seededRecords };
    await importThroughDashboard(page, dashboard, { name: 'restore.json', buffer: Buffer.from(JSON.stringify(restore)) });
    await expect(page.getByTestId('import-count-checklistTemplates')).toContainText(String(seededRecords.length));
    expect(await templateNames(page, dashboard, false)).toEqual(seeded);
    await page.close();
  });

  test('a 50 MB file that is not a backup gets a clear message and writes nothing', async ({ ext }) => {
    const page = await ext.context.newPage();
    const before = await countAccounts(page, ext.url('dashboard.html'));
    const big = Buffer.alloc(50 * 1024 * 1024, 'x');
    const result = await importThroughDashboard(page, ext.url('dashboard.html'), { name: 'big.json', buffer: big });
    await expect(result).toContainText('not valid JSON');
    expect(await countAccounts(page, ext.url('dashboard.html'))).toBe(before);
    await page.close();
  });
});

async function countAccounts(page: import('@playwright/test').Page, dashboardUrl: string): Promise<number> {
  await page.goto(`${dashboardUrl}#/accounts`);
  await page.locator('[data-testid="accounts-empty"], [data-testid="account-row"]').first().waitFor();
  return page.getByTestId('account-row').count();
}

async function templateNames(page: import('@playwright/test').Page, dashboardUrl: string, navigate = true): Promise<string[]> {
  if (navigate) await page.goto(`${dashboardUrl}#/backup`);
  return (await readStore<{ name: string }>(page, 'checklistTemplates')).map((tpl) => tpl.name).sort();
}

function accountIds(page: import('@playwright/test').Page): Promise<string[]> {
  return readStore<{ id: string }>(page, 'accounts').then((rows) => rows.map((a) => a.id));
}
