import type { SiteAdapter } from '@/lib/adapters/types';
import type { PageContextInput } from '@/lib/schema/page-context';
import { watchPage } from './watch-page';

/**
 * Single-page apps change route without a page load: Outlook on the web moves between Mail and
 * Calendar with `history.pushState`, and each route has its own adapter (lib/adapters/outlook,
 * lib/adapters/calendar-outlook). A content script runs in an isolated world and cannot see the
 * page's history calls, so the URL is checked on the events the browser does give us
 * (popstate, hashchange, and the Navigation API's navigatesuccess where the browser has it) and
 * at a slow interval for the rest; the check is one string comparison.
 */
const POLL_MS = 400;

/** Calls `onChange` with the new URL whenever `location.href` changes, until `signal` aborts. */
export function watchRoute(onChange: (url: URL) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let last = location.href;
  const check = (): void => {
    if (signal.aborted || location.href === last) return;
    last = location.href;
    onChange(new URL(last));
  };
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  const timer = setInterval(check, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}

/** Stands in on a route no adapter reads (Outlook's People, say): the panel goes idle, nothing is read. */
export function idleAdapter(name: string): SiteAdapter {
  return {
    name,
    samples: { accepts: [] },
    matchesUrl: () => false,
    read: (_doc, url) => ({ site: name, url: url.href, status: 'none' }),
    watch: { attributes: [] },
  };
}

/**
 * Streams the page's context (lib/content/watch-page.ts) with `first`, and again with the adapter
 * `pick` chooses whenever a route change makes it a different one; the previous watcher stops
 * first, so one adapter reads at a time. Returns a resend for the current watcher, and `repick`.
 */
export function followRoutes(
  first: SiteAdapter,
  pick: (url: URL) => SiteAdapter | undefined,
  send: (ctx: PageContextInput) => void,
  signal: AbortSignal,
): (() => void) & { repick(): void } {
  let current = first;
  let idle: SiteAdapter | undefined;
  let controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort());
  // A watcher's debounce or grace timer may still fire after it stopped: its reads go nowhere.
  const start = (adapter: SiteAdapter, own: AbortSignal) =>
    watchPage(adapter, (ctx) => (own.aborted ? undefined : send(ctx)), own);
  let watcher = start(current, controller.signal);
  const repick = (url: URL) => {
    // The idle stand-in keeps the last site's name, so the panel knows which site went idle.
    const next = pick(url) ?? (current === idle ? current : (idle = idleAdapter(current.name)));
    if (next === current) {
      // Same adapter, new route (another CRM record): the watcher reads the new URL.
      watcher.routeChanged();
      return;
    }
    controller.abort();
    controller = new AbortController();
    current = next;
    watcher = start(current, controller.signal);
  };
  watchRoute(repick, signal);
  // `repick`: the choice may differ on the same URL (an adapter's code arrived, lazy-adapter.ts).
  return Object.assign(() => watcher(), { repick: () => signal.aborted || repick(new URL(location.href)) });
}
