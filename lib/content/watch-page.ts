import { HIDING_ATTRS } from '@/lib/adapters/dom';
import type { SiteAdapter, WatchSpec } from '@/lib/adapters/types';
import type { PageContextInput } from '@/lib/schema/page-context';
import { observeRegion } from './observe-region';

/**
 * Re-reads once the DOM has been quiet for about a frame: hosts render a click's changes in one
 * burst, so a frame coalesces them, and the wait is most of the email-to-dossier time the bench
 * measures (test/tools/bench-panel.mjs).
 */
const DEBOUNCE_MS = 16;
/** Sites show loading screens mid-navigation: "unrecognised" must persist this long to count. */
const UNRECOGNISED_GRACE_MS = 800;
/**
 * The e2e/bench build counts the adapter's reads on the page's root element, where Playwright can
 * see them (test/tools/bench-rereads.mjs, test/e2e/panel-idle-rereads.spec.ts). Outside the
 * watched region, so counting never wakes the reader; never in release builds.
 */
export const READS_ATTR = 'data-keyside-reads';
/** For an adapter that declares nothing: the body, its nodes and what hides or styles them. */
const BODY_WATCH: WatchSpec = { attributes: [...HIDING_ATTRS, 'class'] };

/**
 * Reads the page with the adapter now and whenever the region it declares changes (SPA
 * navigation, preview pane, conversation view; `adapter.watch`), sending only when what it read
 * changed. Never throws into the host page: a failing read is reported as an unrecognised layout.
 */
export function watchPage(
  adapter: SiteAdapter,
  send: (ctx: PageContextInput) => void,
  signal: AbortSignal,
): (() => void) & { routeChanged(): void } {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let confirming: ReturnType<typeof setTimeout> | undefined;
  let graceOver = false;

  let reads = 0;
  const read = () => {
    timer = undefined;
    if (import.meta.env.MODE === 'e2e') document.documentElement.setAttribute(READS_ATTR, String(++reads));
    let ctx: PageContextInput;
    try {
      ctx = adapter.read(document, new URL(location.href));
    } catch {
      ctx = { site: adapter.name, url: location.href, status: 'unrecognised' };
    }
    const key = JSON.stringify(ctx);
    if (key === last) return;
    if (ctx.status === 'unrecognised' && !graceOver) {
      confirming ??= setTimeout(() => {
        graceOver = true;
        read();
      }, UNRECOGNISED_GRACE_MS);
      return;
    }
    if (ctx.status !== 'unrecognised') {
      clearTimeout(confirming);
      confirming = undefined;
      graceOver = false;
    }
    last = key;
    send(ctx);
  };
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(read, DEBOUNCE_MS);
  };

  observeRegion(document, adapter.watch ?? BODY_WATCH, schedule, signal);
  // Frames (Roundcube's preview pane) load without mutating the outer DOM: catch their load events.
  document.addEventListener('load', schedule, { capture: true, signal });
  window.addEventListener('popstate', schedule, { signal });
  window.addEventListener('hashchange', schedule, { signal });
  // Content rendered where the observer cannot see (open shadow roots): a few bounded reads.
  let settling: ReturnType<typeof setTimeout>[] = [];
  const settle = () => {
    settling.forEach(clearTimeout);
    settling = (adapter.watch?.settleReads ?? []).map((ms) => setTimeout(schedule, ms));
  };
  signal.addEventListener('abort', () => settling.forEach(clearTimeout));
  read();
  settle();
  /** Forces a fresh send (the panel reconnected and needs the context again). */
  const resend = () => {
    last = '';
    read();
  };
  /**
   * The URL changed and this adapter still reads the page (a SPA moved to another record): read
   * again, since the record's id is in the URL, and settle as on a fresh start.
   */
  const routeChanged = () => {
    schedule();
    settle();
  };
  return Object.assign(resend, { routeChanged });
}
