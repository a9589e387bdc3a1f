import { readFileSync } from 'node:fs';
import { openInFrame, waitFor } from './frame-page.mjs';

/** Text of `selector` in the page's Keyside panel: a cross-origin extension frame, found by what it renders. */
async function panelText(page, selector) {
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    const el = await f.$(selector).catch(() => null);
    if (el) return f.$eval(selector, (e) => e.textContent ?? '');
  }
  return undefined;
}

/** Each case: [name, async ({ browser, base, server }) => void]; throws on failure. */
export const cases = [
  [
    'the dashboard opens and loads the demo dossiers',
    async ({ browser, base, server }) => {
      const { page, frame } = await openInFrame(browser, server, `${base}/dashboard.html#/accounts`);
      await waitFor(() => frame.$('[data-testid="accounts-empty"], [data-testid="account-row"]'), { what: 'account list' });
      if (await frame.$('[data-testid="load-demo"]')) await frame.click('[data-testid="load-demo"]');
      await waitFor(async () => (await frame.$$('[data-testid="account-row"]')).length === 4, { what: '4 demo accounts' });
      // A row also shows the stage, last contact and follow-ups: its name cell comes first.
      const names = await frame.$$eval('[data-testid="account-row"] .name', (els) => els.map((e) => e.textContent ?? ''));
      if (!names.some((n) => n.startsWith('Acme Logistics'))) throw new Error(`unexpected accounts: ${names.join(', ')}`);
      await page.close();
    },
  ],
  [
    "the panel shows the sender's dossier beside a message and follows a switch",
    async ({ browser, server }) => {
      const page = await browser.newPage();
      await page.goto(`${server}/fixtures/demo-inbox/index.html`);
      await waitFor(() => page.$('keyside-panel'), { what: 'the panel frame on the page' });
      // The panel is a cross-origin extension frame: find it by what it renders.
      const panelText = async (selector) => {
        for (const f of page.frames()) {
          if (f === page.mainFrame()) continue;
          const el = await f.$(selector).catch(() => null);
          if (el) return f.$eval(selector, (e) => e.textContent ?? '');
        }
        return undefined;
      };
      await page.evaluate(() => window.openDemoMessage(1));
      await waitFor(async () => (await panelText('[data-testid="dossier-name"]')) === 'Acme Logistics', {
        what: 'Acme Logistics in the panel',
      });
      await page.evaluate(() => window.openDemoMessage(2));
      await waitFor(async () => (await panelText('[data-testid="dossier-name"]')) === 'ООО «Северный Ветер»', {
        what: 'the Russian prospect after switching',
      });
      await page.evaluate(() => window.openDemoMessage(4));
      await waitFor(() => panelText('[data-testid="no-match"]'), { what: 'no-match for an unknown sender' });
      await page.close();
    },
  ],
  [
    "Outlook on outlook.cloud.microsoft: the reading pane shows the sender's dossier",
    async ({ browser }) => {
      // The golden page is served at the real hostname by request interception (WebDriver BiDi).
      const name = '2026-12-reading-pane-right';
      const body = readFileSync(`test/fixtures/outlook/${name}.html`, 'utf8');
      const { url } = JSON.parse(readFileSync(`test/fixtures/outlook/${name}.expected.json`, 'utf8'));
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (new URL(request.url()).hostname === 'outlook.cloud.microsoft')
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        else void request.continue();
      });
      await page.goto(url);
      await waitFor(() => page.$('keyside-panel'), { what: 'the panel frame on the Outlook page' });
      await waitFor(async () => (await panelText(page, '[data-testid="dossier-name"]')) === 'Acme Logistics', {
        what: 'Acme Logistics in the panel',
      });
      const contact = await panelText(page, '[data-testid="contact-name"]');
      if (!contact?.includes('Igor Smirnov')) throw new Error(`unexpected contact: ${contact}`);
      await page.close();
    },
  ],
  [
    "HubSpot on app.hubspot.com: a contact record shows the contact's dossier and follows a record switch",
    async ({ browser }) => {
      // Issue 11: the CRM content script runs in Firefox as in Chromium (test/e2e/panel-crm-sf-hs.spec.ts).
      const html = (name) => readFileSync(`test/fixtures/hubspot/${name}.html`, 'utf8');
      const urlOf = (name) => JSON.parse(readFileSync(`test/fixtures/hubspot/${name}.expected.json`, 'utf8')).url;
      const body = html('2026-12-contact');
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (new URL(request.url()).hostname === 'app.hubspot.com')
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        else void request.continue();
      });
      await page.goto(urlOf('2026-12-contact'));
      await waitFor(() => page.$('keyside-panel'), { what: 'the panel frame on the HubSpot page' });
      await waitFor(async () => (await panelText(page, '[data-testid="dossier-name"]')) === 'Acme Logistics', {
        what: 'Acme Logistics in the panel',
      });
      const contact = await panelText(page, '[data-testid="contact-name"]');
      if (!contact?.includes('Igor Smirnov')) throw new Error(`unexpected contact: ${contact}`);
      // Another record without a page load: the route is pushed, then HubSpot re-renders the columns.
      const next = /<body[^>]*>([\s\S]*)<\/body>/.exec(html('2026-12-company-website'))?.[1] ?? '';
      await page.evaluate(
        (path, markup) => {
          history.pushState(null, '', path);
          document.body.innerHTML = markup;
        },
        new URL(urlOf('2026-12-company-website')).pathname,
        next,
      );
      await waitFor(async () => (await panelText(page, '[data-testid="dossier-name"]')) === 'ООО «Северный Ветер»', {
        what: 'the company found by its website after the switch',
      });
      await page.close();
    },
  ],
];
