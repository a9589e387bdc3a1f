import { readFileSync } from 'node:fs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, routeFixture } from './panel-helpers';

/**
 * Issue 9: every Outlook on the web view Keyside reads, at the real hostnames (request routing
 * serves the dated golden pages in test/fixtures/outlook/), including Microsoft 365's
 * outlook.cloud.microsoft, a sender shown by name only, and a Mail → Calendar route change.
 */

const HOSTS = ['outlook.cloud.microsoft', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

/** The page's URL is its golden context's `url` (`<name>.expected.json`). */
const urlOf = (name: string) =>
  (JSON.parse(readFileSync(`test/fixtures/outlook/${name}.expected.json`, 'utf8')) as { url: string }).url;

const VARIANTS: [name: string, account: string, contact: string][] = [
  ['2026-12-reading-pane-right', 'Acme Logistics', 'Igor Smirnov'],
  ['2026-12-reading-pane-bottom', 'ООО «Северный Ветер»', 'Мария Иванова'],
  ['2026-12-full-page', 'Tbilisi Wine House', 'გიორგი ბერიძე'],
  ['2026-12-popout', 'Acme Logistics', 'Igor Smirnov'],
  ['2026-12-conversation-off', 'Tbilisi Wine House', 'გიორგი ბერიძე'],
  ['2026-12-classic', 'Acme Logistics', 'Anna Petrova'],
  ['2026-12-invitation', 'Acme Logistics', 'Igor Smirnov'],
];

test.describe('panel on every Outlook on the web view (fixture pages at the real hostnames)', () => {
  test.afterEach(async ({ ext }) => {
    for (const host of HOSTS) await ext.context.unroute(`https://${host}/**`);
  });

  for (const [name, account, contact] of VARIANTS) {
    test(`${name.slice('2026-12-'.length)} at ${new URL(urlOf(name)).hostname} shows the sender's dossier`, async ({ ext }) => {
      await ensureDemoData(ext.context, ext.url('dashboard.html'));
      const url = urlOf(name);
      await routeFixture(ext.context, `https://${new URL(url).hostname}/**`, `test/fixtures/outlook/${name}.html`);
      const page = await ext.context.newPage();
      await page.goto(url);
      const panel = panelOf(page, ext.extensionId);
      await expect(panel.getByTestId('dossier-name').first()).toContainText(account);
      await expect(panel.getByTestId('contact-name').first()).toContainText(contact);
      await page.close();
    });
  }

  test('a same-organisation sender shown by name only is an open message, not "layout not recognised"', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const url = urlOf('2026-12-name-only-sender');
    expect(new URL(url).hostname).toBe('outlook.cloud.microsoft');
    await routeFixture(ext.context, 'https://outlook.cloud.microsoft/**', 'test/fixtures/outlook/2026-12-name-only-sender.html');
    const page = await ext.context.newPage();
    await page.goto(url);
    const panel = panelOf(page, ext.extensionId);
    await expect(panel.locator('main.panel')).toBeVisible();
    await expect(panel.getByTestId('panel-loading')).toHaveCount(0);
    // Longer than watch-page.ts's grace for "unrecognised", so a late verdict would show by now.
    await page.waitForTimeout(1500);
    await expect(panel.getByTestId('layout-unrecognised')).toHaveCount(0);
    await expect(panel.getByTestId('panel-idle')).toHaveCount(0);
    await page.close();
  });

  test('moving from Mail to Calendar without a page load shows the calendar event', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const url = urlOf('2026-12-reading-pane-right');
    await routeFixture(
      ext.context,
      'https://outlook.cloud.microsoft/**',
      'test/fixtures/outlook/2026-12-reading-pane-right.html',
    );
    const page = await ext.context.newPage();
    await page.goto(url);
    const panel = panelOf(page, ext.extensionId);
    await expect(panel.getByTestId('contact-name').first()).toHaveText('Igor Smirnov');

    // What OWA does on a click on Calendar: the app's DOM is replaced and the route is pushed.
    const calendar = readFileSync('test/fixtures/calendar-outlook/2026-11-event.html', 'utf8');
    const app = /<body[^>]*>([\s\S]*)<\/body>/.exec(calendar)?.[1] ?? '';
    await page.evaluate((html) => {
      const mail = document.getElementById('appRoot');
      (window as { keptMail?: Element | null }).keptMail = mail;
      mail?.remove();
      document.body.insertAdjacentHTML('afterbegin', html);
      history.pushState(null, '', '/calendar/item/AAMkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgBGAAAD');
    }, app);
    expect(page.url()).toContain('https://outlook.cloud.microsoft/calendar/item/');
    await expect(panel.getByTestId('event-title')).toHaveText('Cold-chain lanes: Q1 volumes');

    // And back to Mail the same way: the mail adapter reads the message again.
    await page.evaluate((mailUrl) => {
      document.getElementById('app')?.remove();
      const mail = (window as { keptMail?: Element | null }).keptMail;
      if (mail) document.body.prepend(mail);
      history.pushState(null, '', mailUrl);
    }, url);
    await expect(panel.getByTestId('contact-name').first()).toHaveText('Igor Smirnov');
    await page.close();
  });
});
