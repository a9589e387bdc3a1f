import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ensureDemoData, routeFixture } from './panel-helpers';

/** A golden CRM page's URL: its expected context's `url` (test/fixtures/<crm>/<name>.expected.json). */
export const crmFixtureUrl = (crm: string, name: string): string =>
  (JSON.parse(readFileSync(`test/fixtures/${crm}/${name}.expected.json`, 'utf8')) as { url: string }).url;

/** The demo dossiers loaded, a CRM's golden page served at its real host (`hostPattern`), and that page opened. */
export async function openCrmFixture(
  context: BrowserContext,
  dashboardUrl: string,
  crm: string,
  hostPattern: string,
  name: string,
): Promise<Page> {
  await ensureDemoData(context, dashboardUrl);
  await routeFixture(context, hostPattern, `test/fixtures/${crm}/${name}.html`);
  const page = await context.newPage();
  await page.goto(crmFixtureUrl(crm, name));
  return page;
}

/**
 * What a CRM's single-page app does when the user opens another record: the part of the page
 * `selector` names is re-rendered with the other record's (taken from its golden page) and the
 * URL is pushed. `renderDelayMs` > 0 re-renders after the URL changed, as Dynamics does while it
 * fetches the new record; the reader then sees the new URL over the old form for a moment.
 */
export async function switchRecord(page: Page, crm: string, next: string, selector: string, renderDelayMs = 0) {
  const html = readFileSync(`test/fixtures/${crm}/${next}.html`, 'utf8');
  await page.evaluate(
    ([html, url, selector, delay]) => {
      const incoming = new DOMParser().parseFromString(html, 'text/html').querySelector(selector);
      const render = () => {
        const current = document.querySelector(selector);
        if (current && incoming) current.replaceWith(document.adoptNode(incoming));
      };
      history.pushState(null, '', url);
      if (delay > 0) setTimeout(render, delay);
      else render();
    },
    [html, crmFixtureUrl(crm, next), selector, renderDelayMs] as const,
  );
}
