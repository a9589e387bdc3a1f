import type { Download, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoBackup } from '@/lib/demo/demo-data';
import { localDay } from '@/lib/time/local-time';
import { expect, importThroughDashboard, test } from './extension';
import { ensureDemoData } from './panel-helpers';
import { readStore } from './read-store';

/**
 * Issue 12, items 4–6: exports (CSV, .ics, the monthly report), the encrypted handover package
 * and Storage's "Delete everything". The browser profile is shared with the other specs: what
 * this spec adds it removes, and "Delete everything" restores the backup it offered.
 */

const FORMULA_ID = 'e2e-export-formula';
const FORMULA_NAME = '=HYPERLINK("http://evil.example/?x","Click me")';
const PASSPHRASE = 'plum harbour seven lanterns';

const dir = mkdtempSync(join(tmpdir(), 'keyside-export-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; path: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { download: d, path };
}

/** Counts records of a store (of one account, when given) straight from IndexedDB. */
async function countStore(page: Page, store: string, accountId?: string): Promise<number> {
  const rows = await readStore<{ accountId?: string; id?: string }>(page, store);
  return rows.filter((r) => accountId === undefined || r.accountId === accountId || r.id === accountId).length;
}

async function deleteAccountInUi(page: Page, dashboard: string, id: string) {
  await page.goto(`${dashboard}#/account/${id}`);
  await page.getByTestId('delete-account').click();
  await expect.poll(() => countStore(page, 'accounts', id)).toBe(0);
}

test.describe.configure({ mode: 'serial' });

test.describe('export, handover package and storage', () => {
  test('CSV of accounts and people: demo data, a neutralised formula, a BOM for Excel', async ({ ext }) => {
    const dashboard = ext.url('dashboard.html');
    await ensureDemoData(ext.context, dashboard);
    const page = await ext.context.newPage();
    await importThroughDashboard(page, dashboard, {
      name: 'formula.json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'keyside-backup', version: 1, accounts: [{ id: FORMULA_ID, name: FORMULA_NAME }] }),
      ),
    });
    try {
      await page.goto(`${dashboard}#/backup`);
      const accounts = readFileSync((await download(page, () => page.getByTestId('export-accounts-csv').click())).path, 'utf8');
      expect(accounts.charCodeAt(0)).toBe(0xfeff);
      expect(accounts).toContain('Acme Logistics');
      expect(accounts).toContain('ООО «Северный Ветер»');
      expect(accounts).toContain('Tbilisi Wine House / თბილისის ღვინის სახლი');
      // Quoted CSV cell: apostrophe first, inner quotes doubled; never a bare formula after a separator.
      expect(accounts).toContain(`"'=HYPERLINK(""http://evil.example/?x"",""Click me"")"`);
      expect(accounts).not.toMatch(/(^|[,\n])"?=HYPERLINK/m);

      const people = readFileSync((await download(page, () => page.getByTestId('export-people-csv').click())).path, 'utf8');
      expect(people.charCodeAt(0)).toBe(0xfeff);
      expect(people).toMatch(/demo-anna,Anna Petrova,Acme Logistics,demo-acme,/);
    } finally {
      await deleteAccountInUi(page, dashboard, FORMULA_ID);
      await page.close();
    }
  });

  test('.ics export contains a demo meeting', async ({ ext }) => {
    const dashboard = ext.url('dashboard.html');
    await ensureDemoData(ext.context, dashboard);
    const page = await ext.context.newPage();
    await page.goto(`${dashboard}#/backup`);
    const { download: d, path } = await download(page, () => page.getByTestId('export-files').getByTestId('export-ics').click());
    expect(d.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync(path, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/SUMMARY:[^\r\n]*Acme Logistics/);
    expect(ics).toContain('LOCATION:Acme HQ\\, Kotka');
    await page.close();
  });

  test('the monthly report shows a demo account’s counts, for the account and in the portfolio', async ({ ext }) => {
    const dashboard = ext.url('dashboard.html');
    await ensureDemoData(ext.context, dashboard);
    const page = await ext.context.newPage();
    // The month of Acme's call five days ago; count what the demo has for Acme in that month.
    const now = new Date();
    const month = localDay(new Date(now.getTime() - 5 * 86_400_000)).slice(0, 7);
    const acme = demoBackup(now).interactions.filter(
      (i) => i.accountId === 'demo-acme' && localDay(new Date(i.at)).startsWith(month),
    );
    const contacts = acme.filter((i) => ['email', 'call', 'meeting', 'visit', 'event'].includes(i.kind)).length;
    const meetings = acme.filter((i) => i.kind === 'meeting').length;
    expect(contacts).toBeGreaterThan(0);

    await page.goto(`${dashboard}#/report?month=${month}&account=demo-acme`);
    await expect(page.getByTestId('report-account-name')).toHaveText('Acme Logistics');
    await expect(page.getByTestId('report-summary-contacts')).toHaveText(
      `${contacts} ${contacts === 1 ? 'contact' : 'contacts'} with clients`,
    );
    await expect(page.getByTestId('report-summary-meetings')).toContainText(`${meetings} meeting`);
    await expect(page.getByTestId('report-plan')).toContainText('Approved');
    await expect(page.getByTestId('report-plan-targets')).toContainText('€1.2M revenue');
    await expect(page.getByTestId('report-entries').locator('li')).toHaveCount(acme.length);
    await expect(page.getByTestId('report-print')).toBeVisible();

    // The whole portfolio: Acme's row carries the same figure.
    await page.getByTestId('report-account').selectOption('');
    const row = page.locator('[data-testid="report-row"][data-account-id="demo-acme"]');
    await expect(row.getByTestId('report-cell-contacts')).toHaveText(String(contacts));
    await expect(row.getByTestId('report-cell-plan')).toHaveText('Approved');
    // Print media hides the controls and the navigation.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('report-print')).toBeHidden();
    await expect(page.locator('nav.nav')).toBeHidden();
    // …and the table takes the sheet's width instead of the navigation's column.
    const table = await page.locator('.report-table').boundingBox();
    expect(table!.width).toBeGreaterThan(page.viewportSize()!.width * 0.8);
    await page.close();
  });

  test('a handover package round trip; tampered, truncated and wrong-passphrase packages write nothing', async ({ ext }) => {
    const dashboard = ext.url('dashboard.html');
    await ensureDemoData(ext.context, dashboard);
    const page = await ext.context.newPage();
    const ids = ['demo-sever', 'demo-pohjoinen'];
    await page.goto(`${dashboard}#/backup`);
    const before = {
      sever: await countStore(page, 'interactions', 'demo-sever'),
      people: await countStore(page, 'contacts', 'demo-sever'),
    };

    for (const id of ids) await page.locator(`[data-testid="handover-account"][value="${id}"]`).check();
    const exportButton = page.getByTestId('handover-export-button');
    await page.getByTestId('handover-passphrase').fill('short');
    await expect(page.getByTestId('handover-strength')).toHaveAttribute('data-strength', 'too-short');
    await expect(exportButton).toBeDisabled();
    await page.getByTestId('handover-passphrase').fill(PASSPHRASE);
    await page.getByTestId('handover-passphrase-confirm').fill(`${PASSPHRASE}x`);
    await expect(exportButton).toBeDisabled();
    await page.getByTestId('handover-passphrase-confirm').fill(PASSPHRASE);
    const { path } = await download(page, () => exportButton.click());
    await expect(page.getByTestId('handover-export-result')).toContainText('2 clients');
    const packageText = readFileSync(path, 'utf8');
    expect(packageText).not.toContain('Pohjoinen');

    for (const id of ids) await deleteAccountInUi(page, dashboard, id);
    const accountsAfterDelete = await countStore(page, 'accounts');

    const openPackage = async (file: string, passphrase: string) => {
      await page.goto(`${dashboard}#/backup`);
      await page.getByTestId('handover-file').setInputFiles(file);
      await page.getByTestId('handover-import-passphrase').fill(passphrase);
      await page.getByTestId('handover-open').click();
    };
    const refused = async (file: string, passphrase: string, message: RegExp) => {
      await openPackage(file, passphrase);
      await expect(page.getByTestId('handover-import-error')).toContainText(message, { timeout: 30_000 });
      await expect(page.getByTestId('handover-import-error')).toContainText('Nothing was imported');
      await expect(page.getByTestId('handover-preview')).toHaveCount(0);
      expect(await countStore(page, 'accounts')).toBe(accountsAfterDelete);
    };

    // One flipped byte in the ciphertext: authentication fails.
    const pkg = JSON.parse(packageText) as { header: unknown; ciphertext: string };
    const bytes = Buffer.from(pkg.ciphertext, 'base64');
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    const tampered = join(dir, 'tampered.keyside');
    writeFileSync(tampered, JSON.stringify({ ...pkg, ciphertext: bytes.toString('base64') }));
    await refused(tampered, PASSPHRASE, /passphrase is wrong, or the package was changed/);
    // The right file with a wrong passphrase.
    await refused(path, 'plum harbour seven lantern', /passphrase is wrong/);
    // Cut short while copying.
    const truncated = join(dir, 'truncated.keyside');
    writeFileSync(truncated, packageText.slice(0, Math.floor(packageText.length * 0.6)));
    await refused(truncated, PASSPHRASE, /damaged or incomplete/);

    // The real package with its passphrase: preview first, then everything is back.
    await openPackage(path, PASSPHRASE);
    const preview = page.getByTestId('handover-preview');
    await expect(preview).toContainText('ООО «Северный Ветер»', { timeout: 30_000 });
    await expect(preview).toContainText('Pohjoinen Oy');
    await expect(preview.getByTestId('handover-plan-accounts')).toContainText('2 new');
    await page.getByTestId('handover-import-confirm').click();
    await expect(page.getByTestId('handover-import-result')).toContainText('2 clients imported');
    expect(await countStore(page, 'accounts')).toBe(accountsAfterDelete + 2);
    expect(await countStore(page, 'interactions', 'demo-sever')).toBe(before.sever);
    expect(await countStore(page, 'contacts', 'demo-sever')).toBe(before.people);
    await page.goto(`${dashboard}#/account/demo-pohjoinen`);
    await expect(page.getByTestId('dossier-title')).toHaveText('Pohjoinen Oy');
    await page.close();
  });

  test('Delete everything offers a backup and deletes only after the typed word', async ({ ext }) => {
    const dashboard = ext.url('dashboard.html');
    await ensureDemoData(ext.context, dashboard);
    const page = await ext.context.newPage();
    await page.goto(`${dashboard}#/settings`);
    const card = page.getByTestId('storage-card');
    // The dashboard asked the browser for persistent storage on its first open; Settings shows the answer.
    expect(await page.evaluate(() => localStorage.getItem('keyside.persistAsked'))).not.toBeNull();
    await expect(card.getByTestId('storage-persistence')).toHaveAttribute('data-state', /^(granted|not-granted)$/);
    await expect(card.getByTestId('storage-usage')).toContainText(/Keyside uses .+ of the .+ the browser allows/);
    const accounts = await countStore(page, 'accounts');
    await expect(card.getByTestId('storage-count-accounts')).toHaveText(String(accounts));

    await card.getByTestId('delete-everything').click();
    const { path: backup } = await download(page, () => card.getByTestId('wipe-backup').click());
    const confirm = card.getByTestId('wipe-confirm');
    await expect(confirm).toBeDisabled();
    await card.getByTestId('wipe-confirm-word').fill('DELET');
    await expect(confirm).toBeDisabled();
    await card.getByTestId('wipe-confirm-word').press('Enter');
    expect(await countStore(page, 'accounts')).toBe(accounts);
    await card.getByTestId('wipe-confirm-word').fill('delete');
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await expect(card.getByTestId('wipe-done')).toBeVisible();
    await expect(card.getByTestId('storage-count-accounts')).toHaveText('0');
    expect(await countStore(page, 'accounts')).toBe(0);
    // The built-in checklists come back as on a fresh install.
    expect(await countStore(page, 'checklistTemplates')).toBeGreaterThan(0);

    // The offered backup brings everything back (and leaves the profile as the other specs expect).
    const result = await importThroughDashboard(page, dashboard, { name: 'backup.json', buffer: readFileSync(backup) });
    await expect(result.getByTestId('import-count-accounts')).toContainText(String(accounts));
    expect(await countStore(page, 'accounts')).toBe(accounts);
    await page.close();
  });
});
