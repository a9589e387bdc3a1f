import type { PageContextInput } from '@/lib/schema/page-context';

/**
 * One adapter per host family (docs/architecture.md, convention 2). `read` is pure over a
 * Document so it runs on golden fixtures in unit tests exactly as in the page; it never throws —
 * a page it cannot read gives `{ status: 'unrecognised' }`.
 */
export interface SiteAdapter {
  /** Short stable name: 'gmail', 'outlook', 'roundcube', 'generic', 'calendar-google', … */
  readonly name: string;
  /** URLs this adapter accepts; the registry test checks each adapter against everyone's samples. */
  readonly samples: { accepts: string[] };
  /** Cheap URL check. */
  matchesUrl(url: URL): boolean;
  /** Page check for adapters recognised by DOM rather than host (Roundcube on any host). */
  matchesDocument?(doc: Document): boolean;
  /** Read the current view. */
  read(doc: Document, url: URL): PageContextInput;
  /**
   * Selector whose subtree changes when the user opens another message. The content script
   * observes it (or document.body when absent) and re-reads, debounced.
   */
  readonly observeSelector?: string;
}
