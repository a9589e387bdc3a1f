import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { login, openPreview, startRoundcube, type RoundcubeInstance } from '@/test/roundcube/harness.mjs';
import { seriousViolations } from './axe-check';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, routeFixture, serveHtml } from './panel-helpers';

// Issue 14: the panel does not hide the page it sits on. Docked, the host page is narrowed so
// the message and the panel sit side by side; the choice is kept per site; the collapsed tab
// never covers a host control.

const GMAIL = 'https://mail.google.com/**';
const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo';
const OUTLOOK = 'https://outlook.office.com/**';
const OUTLOOK_MESSAGE =
  'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgAQAMt8%2Fh%2B3A0VJrSWh0CZ6u2E%3D';

/**
 * The Gmail thread with Gmail's add-on strip at the right edge of its layout (Calendar, Keep,
 * Tasks, Contacts), where the panel's tab would sit: a column of the layout's flex row, as Gmail has it.
 */
function gmailWithSideStrip(): string {
  const html = readFileSync('test/fixtures/gmail/2026-11-thread.html', 'utf8');
  const strip =
    '<div role="complementary" aria-label="Side panel" style="order:9;margin-left:auto;width:56px;flex:none;display:flex;flex-direction:column;align-items:flex-end;gap:8px;padding:16px 4px 0 0">' +
    ['Calendar', 'Keep', 'Tasks', 'Contacts']
      .map(
        (name) =>
          `<div role="button" tabindex="0" aria-label="${name}" style="width:40px;height:40px;border-radius:50%;background:#e9eef6">${name[0]}</div>`,
      )
      .join('') +
    '</div>';
  // The layout's row under the header (navigation, message card): the strip is its last column.
  const row = '<div class="nH bkK">';
  const at = html.indexOf(row) + row.length;
  if (at < row.length) throw new Error('the fixture no longer has its layout row');
  return html.slice(0, at) + strip + html.slice(at);
}

const CONTROLS = 'a[href], button, input, [role=button], [role=treeitem], [role=option], [role=link]';

/** The host's controls (visible, inside the window) whose centre is covered by Keyside's frame or tab. */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll(selector)) {
      if (el.closest('keyside-panel')) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width === 0 || r.height === 0 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      // Our element, when the frame or the tab is what a click there would reach.
      if (document.elementFromPoint(x, y)?.closest('keyside-panel'))
        out.push(el.getAttribute('aria-label') ?? (el.textContent || el.tagName).trim().slice(0, 30));
    }
    return out;
  }, CONTROLS);
}

/** The panel column's left edge (the frame, grip included). */
async function panelLeft(page: Page): Promise<number> {
  return (await page.locator('keyside-panel .col').boundingBox())!.x;
}

async function rightEdge(area: Locator): Promise<number> {
  const box = (await area.boundingBox())!;
  return box.x + box.width;
}

/** Docks, checks the host's message area sits left of the panel and that undocking gives its box back. */
async function dockSideBySide(page: Page, area: Locator) {
  const dock = panelOf(page).getByTestId('panel-dock');
  await expect(dock).toHaveAttribute('aria-pressed', 'false');
  const overlay = await area.boundingBox();
  // Overlay: the panel lies over the right of the message area.
  expect(await rightEdge(area)).toBeGreaterThan(await panelLeft(page));
  await dock.click();
  await expect(dock).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await rightEdge(area)) <= (await panelLeft(page))).toBe(true);
  return overlay;
}

async function resetDocked(page: Page) {
  // The worker keeps the list; a page of the extension may clear it the way Settings would.
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> } } } }
    ).chrome.storage.local.remove('dockedSites'),
  );
}

test.describe('docked panel', () => {
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(GMAIL);
    await ext.context.unroute(OUTLOOK);
    const page = await ext.context.newPage();
    await page.goto(ext.url('popup.html'));
    await resetDocked(page);
    await page.close();
  });

  test('Gmail and Outlook: side by side, remembered per site, back to overlay restores the page', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await serveHtml(ext.context, GMAIL, gmailWithSideStrip);
    await routeFixture(ext.context, OUTLOOK, 'test/fixtures/outlook/2026-11-reading-pane.html');
    const page = await ext.context.newPage();
    await page.goto(GMAIL_THREAD);
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    const tab = page.locator('keyside-panel button');
    const message = page.locator('.aeF');
    const strip = page.getByRole('button', { name: 'Keep' });

    // Collapsed over the page, the tab moves off Gmail's add-on strip: every control still takes its click.
    await tab.click();
    await expect(tab).toHaveAttribute('aria-expanded', 'false');
    await expect(strip).toBeVisible();
    // The strip's buttons lie where the tab sits by default (28 px at the right edge, 96–184 px down).
    const keep = (await strip.boundingBox())!;
    expect(keep.x + keep.width / 2).toBeGreaterThan(page.viewportSize()!.width - 28);
    expect(keep.y + keep.height / 2).toBeGreaterThan(96);
    expect(keep.y + keep.height / 2).toBeLessThan(184);
    await expect.poll(() => coveredControls(page)).toEqual([]);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-expanded', 'true');

    const overlay = await dockSideBySide(page, message);
    // Docked, nothing of Gmail is under the panel or its tab, the add-on strip included.
    expect(await rightEdge(strip)).toBeLessThanOrEqual(await panelLeft(page));
    await expect.poll(() => coveredControls(page)).toEqual([]);
    // The docked panel is accessible too (its switch included).
    const { found } = await seriousViolations(page, 'keyside-panel');
    expect(found).toEqual([]);
    // Collapsed while docked: the page takes the room back but for the tab's own strip.
    const dockedRight = await rightEdge(message);
    await tab.click();
    await expect.poll(() => rightEdge(message)).toBeGreaterThan(dockedRight + 100);
    expect(await rightEdge(message)).toBeLessThanOrEqual((await tab.boundingBox())!.x);
    await expect.poll(() => coveredControls(page)).toEqual([]);
    await tab.click();

    // Remembered for the site.
    await page.reload();
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(panel.getByTestId('panel-dock')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await rightEdge(message)) <= (await panelLeft(page))).toBe(true);

    // Another site keeps the overlay until docked there too.
    const outlook = await ext.context.newPage();
    await outlook.goto(OUTLOOK_MESSAGE);
    await expect(panelOf(outlook).getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    const pane = outlook.locator('#ReadingPaneContainerId');
    const outlookOverlay = await dockSideBySide(outlook, pane);
    await expect.poll(() => coveredControls(outlook)).toEqual([]);
    // Back to overlay: Outlook's reading pane gets exactly its old box back.
    await panelOf(outlook).getByTestId('panel-dock').press('Enter');
    await expect(panelOf(outlook).getByTestId('panel-dock')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => pane.boundingBox()).toEqual(outlookOverlay);

    // Gmail stayed docked; switching it back restores the message area exactly.
    await expect(panel.getByTestId('panel-dock')).toHaveAttribute('aria-pressed', 'true');
    await panel.getByTestId('panel-dock').click();
    await expect(panel.getByTestId('panel-dock')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => message.boundingBox()).toEqual(overlay);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');

    // Settings lists the docked sites; removing one gives its open tabs the overlay back at once.
    await panel.getByTestId('panel-dock').click();
    await expect.poll(async () => (await rightEdge(message)) <= (await panelLeft(page))).toBe(true);
    const dash = await ext.context.newPage();
    await dash.goto(`${ext.url('dashboard.html')}#/settings`);
    const card = dash.getByTestId('docked-sites');
    await expect(card.getByRole('listitem')).toHaveText([/mail\.google\.com/]);
    await card.getByRole('button', { name: /mail\.google\.com/ }).click();
    await expect(card.getByRole('listitem')).toHaveCount(0);
    await expect(panel.getByTestId('panel-dock')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => message.boundingBox()).toEqual(overlay);
    await dash.close();
    await outlook.close();
    await page.close();
  });
});

// A REAL Roundcube (test/roundcube), as in panel-roundcube.spec.ts.
let rc: RoundcubeInstance | undefined;
test.describe('docked panel on a real Roundcube', () => {
  test.beforeAll(async () => {
    rc = await startRoundcube();
  });
  test.afterAll(async () => {
    await rc?.stop();
  });

  test('the preview sits beside the panel, after a reload too', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await login(page, rc!);
    await openPreview(page, 'Q4 delivery schedule');
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    const preview = page.locator('#layout-content');
    const overlay = await dockSideBySide(page, preview);
    await expect.poll(() => coveredControls(page)).toEqual([]);
    await page.screenshot({ path: 'test/e2e/screenshots/roundcube-docked.png' });

    await page.reload();
    await expect(panel.getByTestId('panel-dock')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await rightEdge(preview)) <= (await panelLeft(page))).toBe(true);
    await panel.getByTestId('panel-dock').click();
    await expect(panel.getByTestId('panel-dock')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => preview.boundingBox()).toEqual(overlay);
    await page.close();
  });
});
