import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parseRgb, relativeLuminance } from '@/lib/content/host-theme';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, serveHtml } from './panel-helpers';

// Dark mode (issue 14). Rule: the panel matches the host page's painted background when it has
// one (host hint wins over the OS); with no painted background it follows prefers-color-scheme,
// like the dashboard and popup always do.

const GMAIL = 'https://mail.google.com/**';
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo';
const fixture = readFileSync('test/fixtures/gmail/2026-11-thread.html', 'utf8');
/** The Gmail fixture restyled the way Gmail's dark theme paints it. */
const darkGmail = fixture.replace(
  '</head>',
  `<style>html,body{background:#1f1f1f;color:#e3e3e3} .aeF,tr.zE,.ajA{background:#2d2e30;color:#e3e3e3}
   tr.yO{background:#262729} .T-I-KE{background:#004a77}</style></head>`,
);
/** The fixture with no painted background at all: nothing to match, so the OS decides. */
const unpaintedGmail = fixture.replace('</head>', '<style>*{background:transparent !important}</style></head>');

/** Luminance (0 black – 1 white) of a computed colour property of the element. */
async function luminance(el: Locator, prop: 'backgroundColor' | 'color'): Promise<number> {
  const value = await el.evaluate((e, p) => getComputedStyle(e)[p], prop);
  const rgb = parseRgb(value);
  if (!rgb) throw new Error(`not an rgb colour: ${value}`);
  return relativeLuminance(rgb[0], rgb[1], rgb[2]);
}

async function expectDark(root: Locator) {
  expect(await luminance(root, 'backgroundColor')).toBeLessThan(0.05);
  expect(await luminance(root, 'color')).toBeGreaterThan(0.6);
}
async function expectLight(root: Locator) {
  expect(await luminance(root, 'backgroundColor')).toBeGreaterThan(0.9);
  expect(await luminance(root, 'color')).toBeLessThan(0.05);
}

async function openThread(page: Page, colorScheme: 'dark' | 'light') {
  await page.emulateMedia({ colorScheme });
  await page.goto(THREAD);
  const panel = panelOf(page);
  await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
  return panel;
}

test.describe('dark mode', () => {
  test.beforeEach(async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
  });
  test.afterEach(async ({ ext }) => ext.context.unroute(GMAIL));

  test('the dashboard and the popup follow a dark OS scheme, and back', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${ext.url('dashboard.html')}#/settings`);
    const card = page.locator('.card').first();
    await expect(card).toBeVisible();
    await expectDark(page.locator('html'));
    expect(await luminance(card, 'backgroundColor')).toBeLessThan(0.05);
    expect(await luminance(card.locator('h2').first(), 'color')).toBeGreaterThan(0.35);
    await page.screenshot({ path: 'test/e2e/screenshots/dashboard-dark.png' });

    await page.emulateMedia({ colorScheme: 'light' });
    await expectLight(page.locator('html'));
    expect(await luminance(card, 'backgroundColor')).toBeGreaterThan(0.9);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(ext.url('popup.html'));
    await expect(page.locator('main')).toBeVisible();
    await expectDark(page.locator('html'));
    await page.close();
  });

  test('on a dark host the panel and its tab are dark while the OS is light', async ({ ext }) => {
    await serveHtml(ext.context, GMAIL, darkGmail);
    const page = await ext.context.newPage();
    const panel = await openThread(page, 'light');
    await expectDark(panel.locator('html'));
    // Buttons keep readable text on the dark panel.
    const button = panel.getByTestId('log-email').first();
    expect(await luminance(button, 'backgroundColor')).toBeGreaterThan(0.3);
    expect(await luminance(button, 'color')).toBeLessThan(0.05);
    await page.screenshot({ path: 'test/e2e/screenshots/gmail-dark-panel.png' });
    // The collapse tab stands out from the dark page: a light tab with dark text.
    const tab = page.locator('keyside-panel button');
    expect(await luminance(tab, 'backgroundColor')).toBeGreaterThan(0.3);
    expect(await luminance(tab, 'color')).toBeLessThan(0.05);
    await page.close();
  });

  test("a loading screen's look gives way to the page's dark theme once the page changes", async ({ ext }) => {
    // Gmail shows a white loading screen before its dark UI: the panel first matches the former.
    const loading = '<div id="ks-loading" style="position:fixed;inset:0;z-index:5;background:#fff"></div>';
    await serveHtml(ext.context, GMAIL, darkGmail.replace('</body>', `${loading}</body>`));
    const page = await ext.context.newPage();
    const panel = await openThread(page, 'light');
    await expectLight(panel.locator('html'));
    await page.evaluate(() => {
      document.getElementById('ks-loading')?.remove();
      location.hash = '#inbox/FMfcgzQbdemo2';
    });
    await expect.poll(() => luminance(panelOf(page).locator('html'), 'backgroundColor')).toBeLessThan(0.05);
    // Still the same mount: the worker keeps serving the panel the dossier.
    await expect(panelOf(page).getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    expect(await luminance(page.locator('keyside-panel button'), 'backgroundColor')).toBeGreaterThan(0.3);
    await page.close();
  });

  test('on a light host the panel stays light while the OS is dark (the host wins)', async ({ ext }) => {
    await serveHtml(ext.context, GMAIL, fixture);
    const page = await ext.context.newPage();
    const panel = await openThread(page, 'dark');
    await expectLight(panel.locator('html'));
    const tab = page.locator('keyside-panel button');
    expect(await luminance(tab, 'backgroundColor')).toBeLessThan(0.1);
    await page.close();
  });

  test('a host that paints no background of its own leaves the choice to the OS', async ({ ext }) => {
    await serveHtml(ext.context, GMAIL, unpaintedGmail);
    const page = await ext.context.newPage();
    await expectDark((await openThread(page, 'dark')).locator('html'));
    await page.close();
    const light = await ext.context.newPage();
    await expectLight((await openThread(light, 'light')).locator('html'));
    await light.close();
  });
});
