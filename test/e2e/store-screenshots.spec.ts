import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fixture, grantActiveTab, loadDemo, selectBetween, serve, triggerCapture, type CaptureBrowser } from './capture-helpers';
import { launchWithExtension } from './launch.mjs';
import { panelOf, routeFixture } from './panel-helpers';

/**
 * The store listing's screenshots (issue 14, "A store package"): 1280×800 PNGs of what a user
 * sees, taken from the real extension on the demo dossiers. Every run checks that each view
 * renders and that the picture has the store's size; only with KEYSIDE_STORE_SHOTS=1 are they
 * written to docs/store/ (README, Screenshots), so `npm test` leaves the tree clean:
 *   KEYSIDE_STORE_SHOTS=1 npx playwright test test/e2e/store-screenshots.spec.ts
 */

const SIZE = { width: 1280, height: 800 };
const WRITE = process.env.KEYSIDE_STORE_SHOTS === '1';
const GMAIL = 'https://mail.google.com/**';
const NEWS = 'https://news.acme-logistics.example/**';

let b: CaptureBrowser;
let welcome: Page | undefined;

test.beforeAll(async () => {
  const launched = await launchWithExtension({
    viewport: SIZE,
    args: ['--enable-unsafe-extension-debugging'],
    profilePrefix: 'keyside-store-',
    keepWelcome: true,
  });
  const { context, extensionId } = launched;
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? context.waitForEvent('serviceworker');
  b = { context, extensionId, url: launched.url, worker, close: launched.close };
  welcome = launched.welcome;
});
test.afterAll(async () => {
  await b.close();
});

/** PNG width and height, from the IHDR chunk. */
function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Checks the picture is the store's size, and writes it to docs/store/<name>.png when asked. */
function keep(name: string, png: Buffer) {
  expect(pngSize(png)).toEqual(SIZE);
  if (!WRITE) return;
  mkdirSync('docs/store', { recursive: true });
  writeFileSync(`docs/store/${name}.png`, png);
}

test('store screenshots: welcome, panel beside Gmail, dossier, week, capture dialog', async () => {
  // 1. What a new install opens, before anything is loaded.
  expect(welcome, 'the install opened the welcome page').toBeDefined();
  await welcome!.setViewportSize(SIZE);
  await expect(welcome!.getByTestId('welcome-step-title')).toBeVisible();
  await expect(welcome!.getByTestId('ui-language')).toBeVisible();
  keep('1-welcome', await welcome!.screenshot());
  await welcome!.close();

  await loadDemo(b);

  // 2. The panel beside a Gmail thread (the Gmail fixture at its real host).
  await routeFixture(b.context, GMAIL, 'test/fixtures/gmail/2026-11-thread.html');
  const mail = await b.context.newPage();
  await mail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
  const panel = panelOf(mail);
  await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
  await expect(panel.getByTestId('checklist-item').first()).toBeVisible();
  await expect(panel.getByTestId('open-task').first()).toBeVisible();
  keep('2-panel-gmail', await mail.screenshot());
  await mail.close();
  await b.context.unroute(GMAIL);

  // 3. The dossier.
  const dash = await b.context.newPage();
  await dash.goto(`${b.url('dashboard.html')}#/account/demo-acme`);
  await expect(dash.getByTestId('dossier-title')).toHaveText(/Acme Logistics/);
  await expect(dash.getByTestId('map-node').first()).toBeVisible();
  keep('3-dossier', await dash.screenshot());

  // 4. The week: today's follow-ups and the meetings ahead.
  await dash.goto(`${b.url('dashboard.html')}#/week`);
  await expect(dash.getByTestId('today')).toBeVisible();
  await expect(dash.getByTestId('week-day').first()).toBeVisible();
  keep('4-week', await dash.screenshot());
  await dash.close();

  // 5. The capture dialog over the client's news page it was opened from. The dialog is its own
  // small window; the picture shows it where the user meets it, over the page.
  await serve(b.context, NEWS, fixture('acme-news.html'));
  const news = await b.context.newPage();
  await news.goto('https://news.acme-logistics.example/2026/11/kotka');
  const selected = await selectBetween(news, '#lead', '#rtl');
  await grantActiveTab(b, news);
  const dialog = await triggerCapture(b, news, {
    menu: { menuItemId: 'keyside-capture-selection', selectionText: selected },
  });
  await expect(dialog.getByTestId('capture-account').first()).toContainText('Acme Logistics');
  await expect(dialog.getByTestId('capture-quote')).toBeVisible();
  await dialog.setViewportSize({ width: 520, height: 650 });
  const dialogPng = await dialog.screenshot();
  await dialog.close();
  const pagePng = await news.screenshot();
  const sheet = await b.context.newPage();
  await sheet.setContent(
    `<body style="margin:0;overflow:hidden">
      <img alt="" src="data:image/png;base64,${pagePng.toString('base64')}" style="display:block">
      <img alt="" src="data:image/png;base64,${dialogPng.toString('base64')}"
        style="position:absolute;top:60px;right:60px;border:1px solid #8a8f98;border-radius:8px;
        box-shadow:0 12px 40px rgba(0,0,0,.35)">
    </body>`,
  );
  await expect(sheet.locator('img').nth(1)).toHaveJSProperty('complete', true);
  keep('5-capture', await sheet.screenshot());
  await sheet.close();
  await news.close();
  await b.context.unroute(NEWS);
});
