import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoBackup } from '@/lib/demo/demo-data';
import { importThroughDashboard } from './extension';

/**
 * Serves an HTML page at a real hostname: the content script sees the real URL. A function is
 * called for each request, so a test can change what the next load gets.
 */
export async function serveHtml(context: BrowserContext, pattern: string, body: string | Buffer | (() => string | Buffer)) {
  await context.route(pattern, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: typeof body === 'function' ? body() : body }),
  );
}

/** Serves a fixture file at a real hostname. */
export async function routeFixture(context: BrowserContext, pattern: string, file: string) {
  await serveHtml(context, pattern, () => readFileSync(file));
}

/**
 * The panel iframe the content script mounted, found in Keyside's own host element (its src, the
 * extension's panel.html with the mount's token, is asserted in panel-gmail.spec.ts).
 */
export function panelOf(page: Page): FrameLocator {
  return page.frameLocator('keyside-panel iframe');
}

/** The browsers (profiles) the demo is in: a spec may launch one of its own beside the shared one. */
const demoLoaded = new WeakSet<BrowserContext>();
/** Loads the demo dossiers once per browser (the worker-scoped fixture shares one profile). */
export async function ensureDemoData(context: BrowserContext, dashboardUrl: string) {
  if (demoLoaded.has(context)) return;
  const page = await context.newPage();
  const result = await importThroughDashboard(page, dashboardUrl, {
    name: 'demo.json',
    buffer: Buffer.from(JSON.stringify(demoBackup())),
  });
  await result.getByTestId('import-count-accounts').waitFor();
  await page.close();
  demoLoaded.add(context);
}

/** The match patterns of the content scripts the background registered at run time. */
export function registeredMatches(context: BrowserContext): Promise<string[]> {
  interface Scripting {
    getRegisteredContentScripts(): Promise<{ matches?: string[] }[]>;
  }
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome.scripting
      .getRegisteredContentScripts()
      .then((s) => s.flatMap((x) => x.matches ?? [])),
  );
}
