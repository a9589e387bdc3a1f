import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { crmFixtureUrl, openCrmFixture } from './crm-switch';
import { expect, test } from './extension';
import { panelOf } from './panel-helpers';

/**
 * Issue 11: Salesforce Lightning and HubSpot record pages at their real hostnames (request routing
 * serves the golden pages in test/fixtures/{salesforce,hubspot}/). A record with a demo contact's
 * email opens that dossier; a company record showing only its website opens the account by
 * domain; moving to another record without a page load (pushState, content re-rendered) makes
 * the panel follow. Salesforce renders its fields in open shadow roots (declarative shadow DOM).
 */

/** The page's <body> markup, as the app would render it on a switch. */
const bodyOf = (site: string, name: string) =>
  /<body[^>]*>([\s\S]*)<\/body>/.exec(readFileSync(`test/fixtures/${site}/${name}.html`, 'utf8'))?.[1] ?? '';

/**
 * What a SPA does on a click on another record: the route is pushed, then the new record renders.
 * `setHTMLUnsafe` parses declarative shadow roots as the HTML parser does on a load.
 */
async function switchRecord(page: Page, url: string, html: string) {
  await page.evaluate(
    ([next, markup]) => {
      history.pushState(null, '', next);
      setTimeout(() => {
        const app = document.createElement('div');
        (app as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
        document.querySelectorAll('body > :not(keyside-panel)').forEach((el) => el.remove());
        document.body.prepend(...app.childNodes);
      }, 200);
    },
    [url, html] as const,
  );
}

const CASES: [site: string, host: string, record: string, account: string, contact: string][] = [
  ['salesforce', 'keyside-demo.lightning.force.com', '2026-12-contact', 'Acme Logistics', 'Anna Petrova'],
  ['salesforce', 'keyside-demo.lightning.force.com', '2026-12-console', 'Acme Logistics', 'Igor Smirnov'],
  ['hubspot', 'app.hubspot.com', '2026-12-contact', 'Acme Logistics', 'Igor Smirnov'],
  ['hubspot', 'app.hubspot.com', '2026-12-legacy-contact', 'Tbilisi Wine House', 'გიორგი ბერიძე'],
];

const WEBSITES: [site: string, host: string, record: string, account: string][] = [
  ['salesforce', 'keyside-demo.lightning.force.com', '2026-12-account-website', 'Pohjoinen Oy'],
  ['hubspot', 'app-eu1.hubspot.com', '2026-12-company-website', 'ООО «Северный Ветер»'],
];

test.describe('panel on Salesforce and HubSpot records (golden pages at the real hostnames)', () => {
  test.afterEach(async ({ ext }) => {
    for (const host of ['keyside-demo.lightning.force.com', 'app.hubspot.com', 'app-eu1.hubspot.com'])
      await ext.context.unroute(`https://${host}/**`);
  });

  for (const [site, host, name, account, contact] of CASES) {
    test(`${site} ${name.slice('2026-12-'.length)}: the record's email opens the contact's dossier`, async ({ ext }) => {
      const page = await openCrmFixture(ext.context, ext.url('dashboard.html'), site, `https://${host}/**`, name);
      const panel = panelOf(page);
      await expect(panel.getByTestId('dossier-name').first()).toContainText(account);
      await expect(panel.getByTestId('contact-name').first()).toContainText(contact);
      await page.close();
    });
  }

  for (const [site, host, name, account] of WEBSITES) {
    test(`${site}: a company record showing only its website opens the account by domain`, async ({ ext }) => {
      const page = await openCrmFixture(ext.context, ext.url('dashboard.html'), site, `https://${host}/**`, name);
      const panel = panelOf(page);
      await expect(panel.getByTestId('dossier-name').first()).toContainText(account);
      await page.close();
    });
  }

  const SWITCHES: [site: string, host: string, from: string, to: string, before: string, after: string][] = [
    [
      'salesforce',
      'keyside-demo.lightning.force.com',
      '2026-12-contact',
      '2026-12-account-website',
      'Acme Logistics',
      'Pohjoinen Oy',
    ],
    ['hubspot', 'app.hubspot.com', '2026-12-contact', '2026-12-legacy-contact', 'Acme Logistics', 'Tbilisi Wine House'],
  ];
  for (const [site, host, from, to, before, after] of SWITCHES) {
    test(`${site}: opening another record without a page load makes the panel follow`, async ({ ext }) => {
      const page = await openCrmFixture(ext.context, ext.url('dashboard.html'), site, `https://${host}/**`, from);
      const panel = panelOf(page);
      await expect(panel.getByTestId('dossier-name').first()).toContainText(before);
      // Same host, so the next record's URL keeps the path shape; the content is the other page's.
      const next = new URL(crmFixtureUrl(site, to));
      await switchRecord(page, `https://${host}${next.pathname}${next.search}`, bodyOf(site, to));
      await expect(panel.getByTestId('dossier-name').first()).toContainText(after);
      await expect(panel.getByTestId('dossier-name')).toHaveCount(1);
      // And a list view: nothing is open, the panel goes idle.
      await switchRecord(
        page,
        `https://${host}${new URL(crmFixtureUrl(site, '2026-12-list-view')).pathname}`,
        bodyOf(site, '2026-12-list-view'),
      );
      await expect(panel.getByTestId('dossier-name')).toHaveCount(0);
      await page.close();
    });
  }

  test('salesforce: a record switch rendered only inside a shadow root (no light-DOM change) is followed', async ({ ext }) => {
    const host = 'keyside-demo.lightning.force.com';
    const page = await openCrmFixture(
      ext.context,
      ext.url('dashboard.html'),
      'salesforce',
      `https://${host}/**`,
      '2026-12-contact',
    );
    const panel = panelOf(page);
    // Lightning with native shadow: the whole app lives in an open shadow root of one host element.
    await page.evaluate(() => {
      const app = document.createElement('one-app-container');
      app.attachShadow({ mode: 'open' }).append(...document.body.childNodes);
      document.body.append(app);
    });
    await expect(panel.getByTestId('dossier-name').first()).toContainText('Acme Logistics');
    const next = crmFixtureUrl('salesforce', '2026-12-account-website');
    await page.evaluate(
      ([url, markup]) => {
        history.pushState(null, '', url);
        // The next record renders inside the shadow root a moment later: the light DOM never changes.
        setTimeout(() => {
          const root = document.querySelector('one-app-container')?.shadowRoot as unknown as {
            setHTMLUnsafe(html: string): void;
          };
          root.setHTMLUnsafe(markup);
        }, 300);
      },
      [next, bodyOf('salesforce', '2026-12-account-website')] as const,
    );
    await expect(panel.getByTestId('dossier-name').first()).toContainText('Pohjoinen Oy');
    await page.close();
  });
});
