import type { WatchSpec } from '@/lib/adapters/types';

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
  const region = new MutationObserver(onChange);
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
