/**
 * Imported first by every content script entry (entrypoints/*.content.ts), before anything reads
 * the extension API. Chrome leaves `browser` (and `chrome`) out of a content script's world when
 * the page already has an element by that name (`<form name="browser">`), so the page's element
 * shows through as `globalThis.browser`, and `wxt/browser` (the browser's own API object in page
 * scripts, see wxt.config.ts) takes it for the API when it has a `runtime` with an `id` (a form
 * control named `runtime` has one). An own property of this isolated world hides the page's
 * element from us only: `wxt/browser` then picks the real API.
 * With both names taken by the page no real API is left to find, and startHost stops.
 */
const world = globalThis as { browser?: unknown; chrome?: unknown };

/** Whether `api` is an extension API object rather than something the page's DOM put there. */
export function isExtensionApi(api: unknown): boolean {
  if (typeof api !== 'object' || api === null || api instanceof Node || api instanceof HTMLCollection) return false;
  const runtime = (api as { runtime?: unknown }).runtime;
  if (typeof runtime !== 'object' || runtime === null || runtime instanceof Node) return false;
  const r = runtime as { id?: unknown; getURL?: unknown; sendMessage?: unknown };
  return typeof r.id === 'string' && typeof r.getURL === 'function' && typeof r.sendMessage === 'function';
}

const pin = (name: 'browser' | 'chrome', value: unknown) =>
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
const realBrowser = isExtensionApi(world.browser) ? world.browser : undefined;
const realChrome = isExtensionApi(world.chrome) ? world.chrome : undefined;
if (!realBrowser) pin('browser', undefined);
if (!realChrome) pin('chrome', realBrowser);
