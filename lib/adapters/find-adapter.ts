import type { SiteAdapter } from './types';

/** The catch-all mailto adapter's name: chosen last, and only when the caller passes it. */
const FALLBACK_NAMES = new Set(['generic']);

const byUrl = (url: URL) => (a: SiteAdapter) =>
  !a.matchesDocument && !FALLBACK_NAMES.has(a.name) && safe(() => a.matchesUrl(url));
const byDocument = (doc: Document) => (a: SiteAdapter) => {
  const matches = a.matchesDocument?.bind(a);
  return matches !== undefined && safe(() => matches(doc));
};

function safe(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/**
 * The adapter for this page among `builtIns` (each content script passes only its own site's
 * adapters, so it bundles only those) and `extra`: built-in URL adapters, then `extra` URL
 * adapters (the user's site rules), then DOM-recognised adapters (Roundcube on any host), then
 * the generic adapter if `extra` holds it. Undefined when none applies: the script does nothing.
 */
export function findAdapterAmong(
  builtIns: readonly SiteAdapter[],
  url: URL,
  doc: Document,
  extra: readonly SiteAdapter[] = [],
): SiteAdapter | undefined {
  const all = [...builtIns, ...extra];
  return (
    all.find(byUrl(url)) ??
    all.find(byDocument(doc)) ??
    extra.find((a) => FALLBACK_NAMES.has(a.name) && safe(() => a.matchesUrl(url)))
  );
}
