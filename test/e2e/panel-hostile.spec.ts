import { expect, test } from './extension';
import { ensureDemoData, panelOf, routeFixture } from './panel-helpers';

const GMAIL = 'https://mail.google.com/**';

test('a hostile page can neither read the panel nor forge what it shows', async ({ ext }) => {
  await ensureDemoData(ext.context, ext.url('dashboard.html'));
  await routeFixture(ext.context, GMAIL, 'test/fixtures/hostile/2026-11-gmail-hostile.html');
  const page = await ext.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
  const panel = panelOf(page);
  await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');

  const report = page.locator('#hostile-report');
  await expect(report).toContainText('"done"');
  await expect(report).toContainText('fetched panel.html has data');
  const text = (await report.textContent()) ?? '';
  const { attempts } = JSON.parse(text) as { attempts: { what: string; result: string }[] };
  const result = (what: string) => attempts.find((a) => a.what === what)?.result;
  expect(result('found panel frame')).toBe('true');
  expect(result('contentDocument')).toBe('null');
  expect(result('contentWindow.document')).toMatch(/^threw/);
  expect(result('chrome.runtime visible to page')).toBe('false');
  // Nothing the page could read mentions the client.
  expect(text).not.toMatch(/Acme|Petrova|cold-chain/);

  // The forged view and context changed nothing: the panel still shows the real dossier only.
  await expect(panel.getByText('FORGED ACCOUNT')).toHaveCount(0);
  await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
  await ext.context.unroute(GMAIL);
  await page.close();
});
