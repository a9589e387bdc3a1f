import { readFileSync } from 'node:fs';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, serveHtml } from './panel-helpers';

// Issue 10, findings 1 and 4: a page other than the one Keyside mounted the panel in gets no data
// and no working action from panel.html; a page cannot switch Keyside off.
const GMAIL = 'https://mail.google.com/**';
const OTHER = 'https://next-site.example/**';
const WIDGET = 'https://widget.example/**';
const THREAD = 'test/fixtures/gmail/2026-11-thread.html';
const INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo';
const NOT_A_TOKEN = '0'.repeat(64);

const html = (body: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

/** The Gmail thread fixture with `extra` put at the end of its body. */
const threadWith = (extra: string) => readFileSync(THREAD, 'utf8').replace('</body>', `${extra}</body>`);

/** iframes of panel.html at fixed places, the way a page would lay them over decoys. */
const framesOf = (urls: string[]) =>
  urls
    .map(
      (src, i) =>
        `<iframe name="f${String(i)}" src="${src}" style="position:fixed;top:0;left:${String(i * 370)}px;width:360px;height:860px;border:0"></iframe>`,
    )
    .join('');

async function openAcme(page: Page) {
  await page.goto(INBOX_URL);
  const panel = panelOf(page);
  await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
  return panel;
}

/**
 * The panel URL Keyside mounted (with the host theme's query, lib/content/panel-frame.ts), without
 * its token. A page cannot read it; the tests use it to try harder.
 */
async function mountedPanelUrl(page: Page) {
  const src = (await page.locator('keyside-panel iframe').getAttribute('src')) ?? '';
  const [url = '', token = ''] = src.split('#');
  expect(url).toMatch(/^chrome-extension:\/\/[^/]+\/panel\.html(\?theme=(dark|light))?$/);
  return { url, token };
}

/** What the dashboard shows of Acme: open follow-ups and history entries. */
async function acmeCounts(context: BrowserContext, dashboardUrl: string) {
  const dash = await context.newPage();
  await dash.goto(`${dashboardUrl}#/account/demo-acme`);
  await expect(dash.getByTestId('dossier-open-task').first()).toBeVisible();
  const counts = {
    openTasks: await dash.getByTestId('dossier-open-task').count(),
    history: await dash.getByTestId('history-entry').count(),
  };
  await dash.close();
  return counts;
}

async function expectNoClientData(frame: FrameLocator) {
  await expect(frame.getByTestId('dossier-name')).toHaveCount(0);
  await expect(frame.getByTestId('open-task')).toHaveCount(0);
  await expect(frame.locator('body')).not.toContainText(/Acme|Petrova|cold-chain/);
}

test.describe('panel.html framed by a page Keyside did not mount it in', () => {
  test.beforeEach(async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
  });
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(GMAIL);
    await ext.context.unroute(OTHER);
    await ext.context.unroute(WIDGET);
  });

  test('the next page in the same tab gets an empty panel and no working action', async ({ ext }) => {
    await serveHtml(ext.context, GMAIL, () => readFileSync(THREAD, 'utf8'));
    const page = await ext.context.newPage();
    const panel = await openAcme(page);
    const acme = panel.locator('article').filter({ has: panel.getByTestId('dossier-name').getByText('Acme Logistics') });
    await expect(acme.getByTestId('open-task').first()).toBeVisible();
    // Where the buttons were, relative to the panel: a follow-up's tick box and "log this email".
    const frameBox = (await page.locator('keyside-panel iframe').boundingBox())!;
    const spots = [];
    for (const target of [acme.getByTestId('open-task').first().locator('input'), panel.getByTestId('log-email').first()]) {
      const box = (await target.boundingBox())!;
      spots.push({ x: box.x - frameBox.x + box.width / 2, y: box.y - frameBox.y + box.height / 2 });
    }
    const { url, token } = await mountedPanelUrl(page);
    const before = await acmeCounts(ext.context, ext.url('dashboard.html'));

    // The page opened next in the tab frames panel.html: by the extension's id, and (trying harder
    // than a page could) by the session URL bare, with a made-up token and with the old page's token.
    const attempts = [ext.url('panel.html'), url, `${url}#${NOT_A_TOKEN}`, `${url}#${token}`];
    await serveHtml(ext.context, OTHER, () => html(framesOf(attempts)));
    await page.goto('https://next-site.example/');
    for (const [i] of attempts.entries()) await expectNoClientData(page.frameLocator(`iframe[name="f${String(i)}"]`));
    for (const i of [1, 2, 3])
      await expect(page.frameLocator(`iframe[name="f${String(i)}"]`).getByTestId('panel-unbound')).toBeVisible();

    for (const [i] of attempts.entries()) {
      const box = (await page.locator(`iframe[name="f${String(i)}"]`).boundingBox())!;
      for (const spot of spots) await page.mouse.click(box.x + spot.x, box.y + spot.y);
    }
    // Nothing was marked done and no email was logged.
    expect(await acmeCounts(ext.context, ext.url('dashboard.html'))).toEqual(before);
    await page.close();
  });

  test("a third-party frame inside the host page gets an empty panel; Keyside's own panel still works", async ({ ext }) => {
    await serveHtml(ext.context, GMAIL, () =>
      threadWith(
        '<iframe name="widget" src="https://widget.example/blank" style="position:fixed;left:0;top:0;width:760px;height:500px;border:0"></iframe>',
      ),
    );
    let panelUrl = '';
    await serveHtml(ext.context, WIDGET, () => html(panelUrl ? framesOf([panelUrl, `${panelUrl}#${NOT_A_TOKEN}`]) : ''));
    const page = await ext.context.newPage();
    const panel = await openAcme(page);
    panelUrl = (await mountedPanelUrl(page)).url;
    await page.frame({ name: 'widget' })!.goto('https://widget.example/frames');
    const widget = page.frameLocator('iframe[name="widget"]');
    for (const i of [0, 1]) {
      const inner = widget.frameLocator(`iframe[name="f${String(i)}"]`);
      await expectNoClientData(inner);
      await expect(inner.getByTestId('panel-unbound')).toBeVisible();
    }
    // Keyside's panel is still served and still acts.
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await panel.getByTestId('manual-search').or(panel.getByTestId('log-email').first()).first().waitFor();
    await expect(page.locator('keyside-panel')).toHaveCount(1);
    await page.close();
  });

  test('a page cannot switch Keyside off: DOM owner flag, a form named browser, a forged start event', async ({ ext }) => {
    const forgedStart = `${ext.extensionId}:gmail:wxt:content-script-started`;
    await serveHtml(ext.context, GMAIL, () =>
      threadWith(`
<div id="__keysideHostOwner"></div><div id="__keysideHostOwner"></div>
<form name="browser"><input name="runtime" id="keyside"><input name="i18n"><input name="storage"></form>
<script>
  const forge = () => document.dispatchEvent(new CustomEvent(${JSON.stringify(forgedStart)}, {
    detail: { contentScriptName: 'gmail', messageId: 'forged' } }));
  let n = 0;
  const timer = setInterval(() => { forge(); if (++n === 40) { clearInterval(timer); document.body.dataset.forged = 'done'; } }, 50);
</script>`),
    );
    const page = await ext.context.newPage();
    const panel = await openAcme(page);
    await expect(page.locator('body')).toHaveAttribute('data-forged', 'done');
    await expect(page.locator('keyside-panel')).toHaveCount(1);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    // Still served after the forgeries: the worker answers the panel's commands.
    await panel.getByTestId('add-follow-up').first().click();
    await expect(panel.getByTestId('follow-up-form')).toBeVisible();
    await page.close();
  });
});
