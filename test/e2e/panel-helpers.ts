import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoBackup } from '@/lib/demo/demo-data';
import { importThroughDashboard } from './extension';

/** Serves a fixture file at a real hostname: the content script sees the real URL. */
export async function routeFixture(context: BrowserContext, pattern: string, file: string) {
  await context.route(pattern, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file) }));
}

/**
 * The panel iframe the content script mounted (contract: src is the extension's panel.html). Chrome
 * serves panel.html under a per-session id (use_dynamic_url in wxt.config.ts), so its src does not
 * start with the extension's id: the frame is found in Keyside's own host element.
 */
export function panelOf(page: Page): FrameLocator {
  return page.frameLocator('keyside-panel iframe');
}

let demoLoaded = false;
/** Loads the demo dossiers once per browser (the worker-scoped fixture shares one profile). */
export async function ensureDemoData(context: BrowserContext, dashboardUrl: string) {
  if (demoLoaded) return;
  const page = await context.newPage();
  const result = await importThroughDashboard(page, dashboardUrl, {
    name: 'demo.json',
    buffer: Buffer.from(JSON.stringify(demoBackup())),
  });
  await result.getByTestId('import-count-accounts').waitFor();
  await page.close();
  demoLoaded = true;
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
