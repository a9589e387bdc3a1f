import { isExtensionApi } from './isolated-runtime';

/**
 * What keeps a page from switching Keyside off (issue 10, finding 4). Everything here lives in the
 * content scripts' isolated world, which the page can neither see nor write.
 */

/**
 * A page can get two of our scripts (a built-in site the user also wrote a rule for, or a
 * user-added host on loopback in the e2e build): the first one to arrive owns the page. Our
 * scripts share one isolated world, so a symbol-keyed global there coordinates them: a string key
 * would also find the page's `<div id=…>` through the window's named properties.
 */
const OWNER = Symbol.for('keyside.hostOwner');

/** Claims the page for this script; false when another of our scripts owns it. `release` on invalidation. */
export function claimPage(): { claimed: boolean; release: () => void } {
  const world = globalThis as { [OWNER]?: boolean };
  if (world[OWNER] === true) return { claimed: false, release: () => undefined };
  world[OWNER] = true;
  return {
    claimed: true,
    release: () => {
      world[OWNER] = false;
    },
  };
}

/** Whether this script's extension context is still alive (false once the extension reloaded). */
export function runtimeAlive(): boolean {
  // Typed as always present, but an orphaned script's runtime loses its id, and a page can shadow it.
  const api: unknown = browser;
  return isExtensionApi(api);
}

/**
 * WXT stops an older copy of a content script when a newer copy dispatches a "started" event on
 * the document (wxt/utils/content-script-context). The page can dispatch that event too, and
 * the extension id in its name is no secret. While this copy's extension context is alive a newer
 * copy cannot exist (one only starts after the extension reloaded, which ends this context), so
 * the event is stopped before WXT's listener sees it; an orphaned copy still lets it through.
 */
export function ignoreForgedStart(entrypoint: string, signal: AbortSignal): void {
  const type = `${browser.runtime.id}:${entrypoint}:wxt:content-script-started`;
  window.addEventListener(
    type,
    (event) => {
      if (runtimeAlive()) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
