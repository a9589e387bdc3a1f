import type { Page, Worker } from '@playwright/test';
import { startHoverChurn } from '../tools/hover-churn.mjs';
import { expect, test } from './extension';
import { routeFixture } from './panel-helpers';

const GMAIL = 'https://mail.google.com/**';
const CHURN_SECONDS = 5;

/** The content script's reads on this page: the e2e build's counter (lib/content/watch-page.ts READS_ATTR). */
const readsOf = (page: Page) => page.evaluate(() => Number(document.documentElement.getAttribute('data-keyside-reads') ?? 0));

/** Counts `pageContext` messages reaching the worker, beside its own listeners. */
async function pageContextCounter(worker: Worker): Promise<() => Promise<number>> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      __pageContextCount?: number;
      chrome: { runtime: { onMessage: { addListener(fn: (message: unknown) => void): void } } };
    };
    if (g.__pageContextCount !== undefined) return;
    g.__pageContextCount = 0;
    g.chrome.runtime.onMessage.addListener((message) => {
      if ((message as { type?: unknown } | null)?.type === 'pageContext') g.__pageContextCount = (g.__pageContextCount ?? 0) + 1;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __pageContextCount: number }).__pageContextCount);
}

/** Waits until the content script has read the page and stayed quiet for a second. */
async function untilQuiet(page: Page): Promise<number> {
  await expect.poll(() => readsOf(page)).toBeGreaterThan(0);
  let before = -1;
  for (let i = 0; i < 20; i++) {
    const now = await readsOf(page);
    if (now === before) return now;
    before = now;
    await page.waitForTimeout(1000);
  }
  throw new Error('the content script never went quiet');
}

test.describe('re-reads on an idle Gmail page', () => {
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(GMAIL);
  });

  test('hover churn causes no re-read; a real message switch exactly one', async ({ ext }) => {
    const sent = await pageContextCounter(ext.context.serviceWorkers()[0]!);
    await routeFixture(ext.context, GMAIL, 'test/fixtures/gmail/2026-12-thread-collapsed.html');
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQcPallettenderWxLmNb');
    await expect.poll(sent).toBeGreaterThan(0);
    const reads0 = await untilQuiet(page);
    const sent0 = await sent();

    const targets = await page.evaluate(startHoverChurn, { container: 'div.aeF', perSecond: 8 });
    expect(targets.inside).toBeGreaterThan(5);
    expect(targets.outside).toBeGreaterThan(5);
    await page.waitForTimeout(CHURN_SECONDS * 1000);
    const churn = await page.evaluate(() => (window as unknown as { __stopHoverChurn(): { inside: number } }).__stopHoverChurn());
    expect(churn.inside).toBeGreaterThan(CHURN_SECONDS * 4);
    await page.waitForTimeout(500);
    expect(await readsOf(page)).toBe(reads0);
    expect(await sent()).toBe(sent0);

    // The user opens the first message; Gmail collapses the one that was open, in one go.
    await page.evaluate(() => {
      const items = [...document.querySelectorAll('[role="list"] > [role="listitem"]')];
      const first = items[0]!;
      const last = items.at(-1)!;
      first.setAttribute('aria-expanded', 'true');
      first.classList.replace('kv', 'h7');
      first.querySelector('.adf')!.classList.replace('adf', 'adn');
      last.setAttribute('aria-expanded', 'false');
      last.classList.replace('h7', 'kv');
      last.querySelector('.adn')!.classList.replace('adn', 'adf');
    });
    await expect.poll(sent).toBe(sent0 + 1);
    await page.waitForTimeout(1000);
    expect(await readsOf(page)).toBe(reads0 + 1);
    expect(await sent()).toBe(sent0 + 1);
    await page.close();
  });
});
