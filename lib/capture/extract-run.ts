import type { Browser } from 'wxt/browser';
import type { ExtractArgs, FrameExtract } from './in-page';

/** Where to read: the tab, and the right-clicked frame when the menu told us (else every frame). */
export interface ExtractTarget {
  tabId: number;
  frameId?: number;
}

export interface ExtractResult {
  frames: FrameExtract[];
  /** Frame id of each entry of `frames`, same order. */
  frameIds: number[];
}

/**
 * Reads the page through scripting.executeScript. The permission comes from activeTab, which the
 * browser grants for this tab when the user clicks our menu item, presses our shortcut or opens
 * our popup — Keyside holds no "all sites" permission. Resolves null when the page cannot be
 * scripted at all (chrome:// pages, the Web Store, PDF viewer): the caller falls back to what
 * the browser told us (menu selection text, tab title and URL).
 */
export async function extractFromTab(target: ExtractTarget, args: ExtractArgs): Promise<ExtractResult | null> {
  const { tabId, frameId } = target;
  if (frameId === undefined) return run({ tabId, allFrames: true }, args);
  if (frameId === 0) return run({ tabId, frameIds: [0] }, args);
  // A frame from another site is outside what activeTab grants: then read the top page alone
  // (the menu's own selection text stands in for the frame's).
  return (await run({ tabId, frameIds: [0, frameId] }, args)) ?? run({ tabId, frameIds: [0] }, args);
}

async function run(frames: Browser.scripting.InjectionTarget, args: ExtractArgs): Promise<ExtractResult | null> {
  try {
    await browser.scripting.executeScript({ target: frames, files: ['/capture-extract.js'] });
    const results = await browser.scripting.executeScript({
      target: frames,
      // Runs in the page's isolated world: only the function the file above defined is called.
      func: (a: ExtractArgs) => (globalThis as { __keysideExtract?: (x: ExtractArgs) => unknown }).__keysideExtract?.(a) ?? null,
      args: [args],
    });
    const ok = results.filter((r) => r.result !== null && r.result !== undefined);
    return { frames: ok.map((r) => r.result as FrameExtract), frameIds: ok.map((r) => r.frameId) };
  } catch {
    return null;
  }
}
