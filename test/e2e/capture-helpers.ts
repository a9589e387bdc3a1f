import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { browser as ExtensionApi } from 'wxt/browser';
import { demoBackup } from '@/lib/demo/demo-data';
import { importThroughDashboard } from './extension';
import { launchWithExtension } from './launch.mjs';
import { serveHtml } from './panel-helpers';

const extensionDir = resolve(process.env.KEYSIDE_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');

/** The extension API as seen inside evaluate() callbacks that run in the worker or our pages. */
export type ChromeApi = typeof ExtensionApi;

export interface CaptureBrowser {
  context: BrowserContext;
  extensionId: string;
  url: (path: string) => string;
  worker: () => Promise<Worker>;
  close: () => Promise<void>;
}

/**
 * Like launchWithExtension, plus --enable-unsafe-extension-debugging: it lets the test click the
 * toolbar button through CDP (Extensions.triggerAction), which grants activeTab exactly as a
 * user's click does — so capture is tested on hosts Keyside has no permission for.
 */
export async function launchForCapture(): Promise<CaptureBrowser> {
  const launched = await launchWithExtension({
    dir: extensionDir,
    viewport: { width: 1200, height: 800 },
    args: ['--enable-unsafe-extension-debugging'],
    profilePrefix: 'keyside-capture-',
  });
  const { context, extensionId } = launched;
  // An idle MV3 worker may be stopped and restarted: always talk to the current one.
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? context.waitForEvent('serviceworker');
  return { context, extensionId, url: launched.url, worker, close: launched.close };
}

export async function loadDemo(b: CaptureBrowser): Promise<void> {
  const page = await b.context.newPage();
  const result = await importThroughDashboard(page, b.url('dashboard.html'), {
    name: 'demo.json',
    buffer: Buffer.from(JSON.stringify(demoBackup())),
  });
  await result.getByTestId('import-count-accounts').waitFor();
  await page.close();
}

/** Serves a fixture (or a generated body) at a real URL pattern. */
export { serveHtml as serve } from './panel-helpers';

export const fixture = (name: string) => readFileSync(join('test/fixtures/capture-pages', name));

/** The user's click on Keyside's toolbar button over `page`: the browser grants activeTab. */
export async function grantActiveTab(b: CaptureBrowser, page: Page): Promise<void> {
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
}

/** Stops the extension's service worker, as Chrome does after 30 s idle; the next event restarts it. */
export async function stopWorker(b: CaptureBrowser): Promise<void> {
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(b.extensionId));
  if (sw) await cdp.send('Target.closeTarget', { targetId: sw.targetId });
  await cdp.detach();
}

/** Selects from the start of `from` to the end of `to`, as a mouse drag would. */
export async function selectBetween(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(
    ([a, z]) => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector(a!)!.firstChild!);
      range.setEndAfter(document.querySelector(z!)!.lastChild!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    [from, to],
  );
}

interface MenuInfo {
  menuItemId: string;
  selectionText?: string;
  linkUrl?: string;
  frameId?: number;
}

/**
 * Runs the capture exactly as the browser would on a menu click or a shortcut: the background's
 * own contextMenus.onClicked / commands.onCommand handlers (exposed in the e2e build only),
 * with the tab object the browser passes. Resolves to the capture dialog window.
 */
export async function triggerCapture(
  b: CaptureBrowser,
  page: Page,
  how: { menu: MenuInfo } | { command: string },
): Promise<Page> {
  await page.bringToFront();
  const dialog = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/capture.html'), timeout: 15_000 });
  const worker = await b.worker();
  await worker.evaluate(
    async ([how, url]) => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url) ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
      const hooks = (globalThis as unknown as { __keysideCapture: Record<string, (...a: unknown[]) => Promise<unknown>> })
        .__keysideCapture;
      if ('menu' in how) await hooks.onMenuClick!({ editable: false, frameId: 0, pageUrl: url, ...how.menu }, tab);
      else await hooks.onCommand!(how.command, tab);
    },
    [how, page.url()] as const,
  );
  const win = await dialog;
  await win.waitForLoadState('domcontentloaded');
  return win;
}

/** The client's news page the capture specs start from (Acme Logistics' domain, mixed scripts). */
export const NEWS = 'https://news.acme-logistics.example/2026/11/kotka';

/**
 * Opens the client's news page, selects its lead paragraph through the right-to-left one, lets
 * Keyside read the tab the way the user's gesture does (activeTab) and opens the capture dialog
 * from the context menu. Answers the news page and the dialog.
 */
export async function openCaptureOnNews(b: CaptureBrowser): Promise<{ page: Page; dialog: Page }> {
  await serveHtml(b.context, 'https://news.acme-logistics.example/**', fixture('acme-news.html'));
  const page = await b.context.newPage();
  await page.goto(NEWS);
  const selected = await selectBetween(page, '#lead', '#rtl');
  // Keyside holds no permission for this host: the user's gesture (activeTab) is what lets it read.
  await grantActiveTab(b, page);
  const dialog = await triggerCapture(b, page, {
    menu: { menuItemId: 'keyside-capture-selection', selectionText: selected },
  });
  return { page, dialog };
}

/** Fails the test on any alert/confirm/prompt in a Keyside page. */
export function forbidDialogs(page: Page, seen: string[]): void {
  page.on('dialog', (d) => {
    seen.push(`${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
}

/** One browser per test file, with the demo dossiers loaded. */
export const test = base.extend<object, { cap: CaptureBrowser }>({
  cap: [
    async ({}, use) => {
      const cap = await launchForCapture();
      await loadDemo(cap);
      await use(cap);
      await cap.close();
    },
    { scope: 'worker' },
  ],
});
export { expect } from '@playwright/test';
