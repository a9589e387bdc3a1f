import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { readStore } from './read-store';

/** Unique per run: specs share one browser profile, so names and domains must not collide. */
const run = Date.now().toString(36);

/** Windows-1251 bytes of `text` (ASCII and Russian letters), as Excel writes a Russian CSV. */
function win1251(text: string): Buffer {
  const bytes: number[] = [];
  // Every character here is one UTF-16 code unit, so indexing by code unit is exact.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x401) bytes.push(0xa8);
    else if (code === 0x451) bytes.push(0xb8);
    else throw new Error(`no Windows-1251 byte for ${text.charAt(i)}`);
  }
  return Buffer.from(bytes);
}

async function chooseContacts(page: Page, dashboard: string, name: string, buffer: Buffer) {
  await page.goto(`${dashboard}#/backup`);
  await page.getByTestId('import-contacts').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  await page.getByTestId('contacts-import-preview').or(page.getByTestId('import-result')).first().waitFor({ timeout: 60_000 });
}

async function confirmImport(page: Page) {
  await expect(page.getByTestId('import-confirm')).toBeEnabled();
  await page.getByTestId('import-confirm').click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText(/Import finished/, { timeout: 60_000 });
  return result;
}

/** Opens the account through the account list, as a user would, and checks its people. */
async function expectAccountWithPerson(page: Page, dashboard: string, account: string, person: string) {
  await page.goto(`${dashboard}#/accounts`);
  await page.getByTestId('account-filter').fill(account);
  await page.getByTestId('account-row').filter({ hasText: account }).first().click();
  await expect(page.getByTestId('dossier-title')).toHaveText(account);
  await expect(page.getByTestId('people').getByTestId('person').filter({ hasText: person })).toHaveCount(1);
}

async function readNames(page: Page, store: 'accounts' | 'contacts'): Promise<string[]> {
  return (await readStore<{ name: string }>(page, store)).map((r) => r.name);
}

test.describe('dashboard: contacts import from CSV and vCard', () => {
  test('a HubSpot export (UTF-8 with BOM) is mapped by itself and imported', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    const csv = [
      'First Name,Last Name,Email,Company Name,Website URL,Phone Number,Job Title,Lifecycle Stage',
      `Anna,Hub${run},anna@hub-${run}.example,Hub Freight ${run},https://www.hub-${run}.example,+358 40 111,Buyer,customer`,
      `Bert,Hub${run},bert@hub-${run}.example,Hub Freight ${run},hub-${run}.example,,Logistics lead,lead`,
    ].join('\r\n');
    await chooseContacts(
      page,
      dashboard,
      'hubspot-contacts.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
    );
    await expect(page.getByTestId('contacts-import-encoding')).toHaveValue('utf-8');
    const select = (column: string) => page.locator(`[data-testid="column-mapping-select"][data-column="${column}"]`);
    await expect(select('First Name')).toHaveValue('firstName');
    await expect(select('Company Name')).toHaveValue('company');
    await expect(select('Website URL')).toHaveValue('website');
    await expect(select('Lifecycle Stage')).toHaveValue('');
    await expect(page.getByTestId('import-preview-row')).toHaveCount(2);
    await expect(page.getByTestId('contacts-import-count-accountsCreated')).toHaveText('1 account created');
    await expect(page.getByTestId('contacts-import-count-peopleAdded')).toHaveText('2 people added');
    // Only this import's confirm and result are on the page.
    await expect(page.getByTestId('import-confirm')).toHaveCount(1);
    const result = await confirmImport(page);
    await expect(result).toContainText('2 people added');
    await expect(page.getByTestId('import-confirm')).toHaveCount(0);
    await expectAccountWithPerson(page, dashboard, `Hub Freight ${run}`, `Bert Hub${run}`);
    await expect(page.getByTestId('people')).toContainText('Logistics lead');

    // The same file again, merging: nobody is added twice.
    await chooseContacts(page, dashboard, 'hubspot-contacts.csv', Buffer.from(csv));
    await expect(page.getByTestId('contacts-import-count-peopleAdded')).toHaveText('0 people added');
    await expect(page.getByTestId('contacts-import-count-peopleMerged')).toHaveText('2 rows merged into people already listed');
    await expect(page.getByTestId('contacts-import-count-accountsMerged')).toContainText('1 existing account');
    await page.close();
  });

  test('a Salesforce export in Windows-1251 with semicolons and Cyrillic names', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    const account = `Северный Путь ${run}`;
    const csv = [
      'First Name;Last Name;Email;Account Name;Title;Phone;Website',
      `Ирина;Петрова;irina@sever-${run}.example;${account};Директор по закупкам;+7 812 000;sever-${run}.example`,
      `Олег;Ёлкин;oleg@sever-${run}.example;${account};Логист;;`,
    ].join('\r\n');
    await chooseContacts(page, dashboard, 'salesforce-contacts.csv', win1251(csv));
    await expect(page.getByTestId('contacts-import-encoding')).toHaveValue('windows-1251');
    await expect(page.getByTestId('contacts-import-source')).toContainText('semicolon');
    await expect(page.getByTestId('column-mapping')).toContainText('Ёлкин');
    await expect(page.locator('[data-testid="column-mapping-select"][data-column="Account Name"]')).toHaveValue('company');
    await confirmImport(page);
    await expectAccountWithPerson(page, dashboard, account, 'Ирина Петрова');
    await expect(page.getByTestId('people')).toContainText('Олег Ёлкин');
    await page.close();
  });

  test('a UTF-16 tab-separated file (Excel "Unicode text") and an encoding chosen by hand', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    const account = `Pohjoisranta ${run}`;
    const text = ['Name\tEmail\tCompany', `Päivi Mäkelä\tpaivi@pohjoisranta-${run}.example\t${account}`].join('\r\n');
    await chooseContacts(page, dashboard, 'unicode.txt', Buffer.from(`\ufeff${text}`, 'utf16le'));
    await expect(page.getByTestId('contacts-import-encoding')).toHaveValue('utf-16le');
    await expect(page.getByTestId('contacts-import-source')).toContainText('tab');
    await expect(page.getByTestId('column-mapping')).toContainText('Päivi Mäkelä');
    // Choosing another encoding reads the file again with it; choosing the right one puts it back.
    await page.getByTestId('contacts-import-encoding').selectOption('windows-1252');
    await expect(page.getByTestId('column-mapping')).not.toContainText('Päivi Mäkelä');
    await page.getByTestId('contacts-import-encoding').selectOption('utf-16le');
    await expect(page.getByTestId('column-mapping')).toContainText('Päivi Mäkelä');
    await confirmImport(page);
    await expectAccountWithPerson(page, dashboard, account, 'Päivi Mäkelä');
    await page.close();
  });

  test('vCard files: a Georgian name, and vCard 3 and 4 in one file', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    const account = `თბილისი ლოჯისტიკა ${run}`;
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:ნინო ბერიძე',
      'N:ბერიძე;ნინო;;;',
      `ORG:${account}`,
      `EMAIL;TYPE=work:nino@tbilisi-${run}.example`,
      'TEL;VALUE=uri:tel:+995-32-000',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Lind;Jussi;;;',
      // A folded line: the name continues on the next line after one space.
      'FN:Jussi',
      '  Lind',
      `ORG:Lind Trading ${run}`,
      'TITLE:Toimitusjohtaja',
      `EMAIL;TYPE=INTERNET,WORK:jussi@lind-${run}.example`,
      'END:VCARD',
      '',
    ].join('\r\n');
    await chooseContacts(page, dashboard, 'people.vcf', Buffer.from(vcf));
    await expect(page.getByTestId('contacts-import-source')).toContainText('2 vCards');
    await expect(page.getByTestId('column-mapping')).toContainText('ნინო ბერიძე');
    await expect(page.getByTestId('contacts-import-count-peopleAdded')).toHaveText('2 people added');
    await confirmImport(page);
    await expectAccountWithPerson(page, dashboard, account, 'ნინო ბერიძე');
    await expectAccountWithPerson(page, dashboard, `Lind Trading ${run}`, 'Jussi Lind');
    await page.close();
  });

  test('rows with problems are listed by line and set aside; the rest is imported', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    const csv = [
      'Full Name,Email,Company',
      `Good Person,good@bad-rows-${run}.example,Bad Rows ${run}`,
      `Wrong Mail,not-an-email,Bad Rows ${run}`,
      `,nameless@bad-rows-${run}.example,Bad Rows ${run}`,
      `"Multi",multi@bad-rows-${run}.example,"Bad Rows ${run}"`,
    ].join('\n');
    await chooseContacts(page, dashboard, 'with-problems.csv', Buffer.from(csv));
    const problems = page.getByTestId('contacts-import-problem');
    await expect(problems).toHaveCount(2);
    await expect(problems.nth(0)).toContainText('Line 3');
    await expect(problems.nth(0)).toContainText('not-an-email');
    await expect(problems.nth(1)).toContainText('Line 4');
    await expect(page.getByTestId('contacts-import-count-setAside')).toHaveText('2 rows with problems set aside');
    const result = await confirmImport(page);
    await expect(result).toContainText('2 people added');
    await expect(result.getByTestId('contacts-import-problem')).toHaveCount(2);
    const people = await readNames(page, 'contacts');
    expect(people).toContain('Good Person');
    expect(people).not.toContain('Wrong Mail');
    await page.close();
  });

  test('an empty file and a file that is neither CSV nor vCard get a clear message', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    await chooseContacts(page, dashboard, 'empty.csv', Buffer.alloc(0));
    await expect(page.getByTestId('import-result')).toContainText('The file is empty');
    await chooseContacts(
      page,
      dashboard,
      'picture.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    );
    await expect(page.getByTestId('import-result')).toContainText('neither a CSV nor a vCard');
    await chooseContacts(page, dashboard, 'backup.csv', Buffer.from('{"format":"keyside-backup","version":1}'));
    await expect(page.getByTestId('import-result')).toContainText('neither a CSV nor a vCard');
    await page.close();
  });

  test('one import at a time: the backup result and the contacts preview put each other away', async ({ ext }) => {
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    await page.goto(`${dashboard}#/backup`);
    // An empty backup is valid: its result shows at once.
    const backup = Buffer.from('{"format":"keyside-backup","version":1}');
    await page.getByTestId('import-backup').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: backup });
    await expect(page.getByTestId('import-result')).toHaveCount(1);
    const csv = Buffer.from(`Name,Email\nOne Import ${run},one@import-${run}.example\n`);
    await page.getByTestId('import-contacts').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: csv });
    await expect(page.getByTestId('contacts-import-preview')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('import-result')).toHaveCount(0);
    await expect(page.getByTestId('import-confirm')).toHaveCount(1);
    await page.getByTestId('import-backup').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: backup });
    await expect(page.getByTestId('import-result')).toHaveCount(1);
    await expect(page.getByTestId('contacts-import-preview')).toHaveCount(0);
    await page.close();
  });

  test('100,000 rows: the write shows its progress and Cancel leaves nothing written', async ({ ext }) => {
    test.setTimeout(180_000);
    const page = await ext.context.newPage();
    const dashboard = ext.url('dashboard.html');
    const lines = ['First Name,Last Name,Email,Account Name,Website'];
    for (let i = 0; i < 100_000; i++)
      lines.push(`P${i},Bulk${run},p${i}@bulk${i % 500}-${run}.example,Bulk ${i % 500} ${run},bulk${i % 500}-${run}.example`);
    await chooseContacts(page, dashboard, 'bulk.csv', Buffer.from(lines.join('\n')));
    await expect(page.getByTestId('contacts-import-source')).toContainText('100,000 rows');
    await expect(page.getByTestId('contacts-import-count-peopleAdded')).toHaveText('100,000 people added', { timeout: 60_000 });
    await page.getByTestId('import-confirm').click();
    await expect(page.getByTestId('import-progress-count')).toContainText('of 100,500 records written');
    await page.getByTestId('contacts-import-cancel').click();
    await expect(page.getByTestId('import-result')).toContainText('Import cancelled. Nothing was imported.');
    expect((await readNames(page, 'accounts')).filter((n) => n.includes(`Bulk 1 ${run}`))).toEqual([]);
    expect((await readNames(page, 'contacts')).filter((n) => n.includes(`Bulk${run}`))).toEqual([]);
    await page.close();
  });
});
