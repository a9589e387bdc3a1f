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
   * What the content script observes to know when to read again (lib/content/watch-page.ts).
   * Every built-in adapter declares it; without one the body is observed for nodes, classes and
   * hiding only.
   */
  readonly watch?: WatchSpec;
}

/**
 * The part of the page an adapter reads from. Observing only that region keeps the host page's
 * unrelated churn (chat widgets, list refreshes, tooltips) from waking the reader.
 */
export interface WatchSpec {
  /**
   * Element whose subtree changes when the user opens another item; it must survive that switch.
   * Until it exists (the site is still booting) the whole body is observed. None: the body.
   */
  readonly container?: string;
  /**
   * Attributes whose change alone (no node added or removed) can change what `read` returns:
   * those its selectors and `isHidden` (lib/adapters/dom.ts) look at. Nothing else is observed.
   */
  readonly attributes: readonly string[];
  /**
   * When `class` is among `attributes`: the class names the adapter reads (its selectors, the
   * states it tells apart). A class change that adds or removes none of them — a hover, a focus
   * ring — does not wake the reader. Absent: every class change does.
   */
  readonly classes?: readonly string[];
  /**
   * Delays (ms) after the start and after each route change at which to read again, for pages
   * whose content renders inside open shadow roots, where the observer on the light DOM sees
   * nothing (Salesforce Lightning with native shadow). Bounded: a few reads per navigation, never
   * polling. None: only observed changes cause reads.
   */
  readonly settleReads?: readonly number[];
}
