import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import { roundcubeAdapter } from './roundcube';
import type { SiteAdapter } from './types';

/**
 * The built-in adapters in the order they are tried (architecture.md, convention 2). Adapters
 * known by URL come first; adapters known by DOM (`matchesDocument`) are tried only when no URL
 * matched, whatever their place here. Calendar and CRM adapters (lib/adapters/calendar-*,
 * crm-*) join this list as URL adapters.
 */
export const builtInAdapters: readonly SiteAdapter[] = [
  gmailAdapter,
  outlookAdapter,
  // calendar-* and crm-* adapters go here.
  roundcubeAdapter,
];

/** The catch-all mailto adapter's name: chosen last, and only when the caller passes it. */
const FALLBACK_NAMES = new Set(['generic']);

const byUrl = (url: URL) => (a: SiteAdapter) => !a.matchesDocument && !FALLBACK_NAMES.has(a.name) && safe(() => a.matchesUrl(url));
const byDocument = (doc: Document) => (a: SiteAdapter) => Boolean(a.matchesDocument) && safe(() => a.matchesDocument!(doc));

function safe(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/**
 * The adapter for this page: built-in URL adapters, then `extra` URL adapters (the user's site
 * rules), then DOM-recognised adapters (Roundcube on any host), then the generic adapter if
 * `extra` holds it. Undefined when none applies: the content script then does nothing.
 */
export function findAdapter(url: URL, doc: Document, extra: readonly SiteAdapter[] = []): SiteAdapter | undefined {
  const all = [...builtInAdapters, ...extra];
  return (
    all.find(byUrl(url)) ??
    all.find(byDocument(doc)) ??
    extra.find((a) => FALLBACK_NAMES.has(a.name) && safe(() => a.matchesUrl(url)))
  );
}
