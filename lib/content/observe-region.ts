import type { WatchSpec } from '@/lib/adapters/types';

/**
 * Whether a change can alter what the adapter reads: a class change only when it adds or removes
 * one of the adapter's classes (compared with the element's classes now, so a class toggled on
 * and off within one batch counts as no change); anything else always.
 */
function matters(record: MutationRecord, classes: readonly string[] | undefined): boolean {
  if (!classes || record.type !== 'attributes' || record.attributeName !== 'class') return true;
  const before = new Set((record.oldValue ?? '').split(/\s+/));
  const now = (record.target as Element).classList;
  return classes.some((name) => before.has(name) !== now.contains(name));
}

/**
 * Calls `onChange` when the adapter's region changes: the container's subtree and the watched
 * attributes in it. Until the container exists the whole body stands in for it; once it appears
 * (or is replaced by a new one) observation moves there, and a container that leaves the page
 * sends it back to the body. Everything stops when `signal` aborts.
 */
export function observeRegion(doc: Document, watch: WatchSpec, onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  // No body yet in a document still loading: the root stands in.
  const body = (): Element => doc.querySelector('body') ?? doc.documentElement;
  const options: MutationObserverInit = { childList: true, subtree: true };
  if (watch.attributes.length) {
    options.attributes = true;
    options.attributeFilter = [...watch.attributes];
  }
  const classes = watch.classes;
  if (classes && watch.attributes.includes('class')) options.attributeOldValue = true;
  const region = new MutationObserver((records) => {
    if (records.some((record) => matters(record, classes))) onChange();
  });
  let container: Element | null = null;
  const observe = () => {
    region.disconnect();
    region.observe(container ?? body(), options);
  };
  const selector = watch.container;
  const find = (): Element | null => {
    try {
      return selector ? doc.querySelector(selector) : null;
    } catch {
      // A selector the engine rejects: the body is still a correct, if busier, region.
      return null;
    }
  };

  container = find();
  observe();
  let finder: MutationObserver | undefined;
  if (selector) {
    // Only checks where the container is (no re-read unless it moved): cheap per batch.
    finder = new MutationObserver(() => {
      if (container?.isConnected) return;
      const found = find();
      if (found === container) return;
      container = found;
      observe();
      onChange();
    });
    finder.observe(doc.documentElement, { childList: true, subtree: true });
  }
  signal.addEventListener('abort', () => {
    region.disconnect();
    finder?.disconnect();
  });
}
