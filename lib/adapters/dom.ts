/**
 * Small DOM readers shared by the adapters. Pure over the given nodes, except `isHidden`, which
 * asks the browser's layout where there is one and otherwise reads markup exactly as happy-dom
 * sees the golden fixtures.
 */

/** First element matching any selector, in the order given; a selector the engine rejects is skipped. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // An alternative the browser cannot parse must not hide the ones it can.
    }
  }
  return null;
}

/** All elements matching any selector, document order, without duplicates. */
export function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const seen = new Set<Element>();
  for (const selector of selectors) {
    try {
      root.querySelectorAll(selector).forEach((el) => seen.add(el));
    } catch {
      // Same as queryFirst: skip the alternative, keep the rest.
    }
  }
  return [...seen].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** The attributes `isHidden` reads: an adapter using it watches them (lib/adapters/types.ts WatchSpec). */
export const HIDING_ATTRS = ['hidden', 'style'] as const;

/**
 * Hidden by markup: an inline `display:none` or the `hidden` attribute on the element or an
 * ancestor. The only test where the document has no layout (happy-dom in unit tests, a parsed
 * document): golden fixtures mark what the live page hides this way.
 */
export function isHiddenByMarkup(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return true;
  }
  return false;
}

/**
 * Whether the browser lays this document out: a rendered page's root element has a size, while
 * happy-dom and documents from DOMParser give every rect as zero. Without layout, only markup
 * can tell what is hidden.
 */
export function hasLayout(doc: Document | null | undefined): boolean {
  const root = doc?.documentElement;
  if (!root || typeof root.getBoundingClientRect !== 'function') return false;
  const rect = root.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

/** Laid out with nothing to show: `display:none` on it or an ancestor, `visibility:hidden`, no area. */
function hiddenByLayout(el: Element): boolean {
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return true;
  const rects = el.getClientRects();
  for (const rect of rects) if (rect.width > 0 || rect.height > 0) return false;
  return true;
}

/**
 * Hidden from the user. Gmail keeps its previous views in the DOM, so a stale thread must not be
 * read as the open one; sites also keep loading screens in the DOM hidden by a class, which only
 * layout reveals. Where the browser lays the page out, layout decides (markup that hides counts
 * too); where it does not (unit tests), the markup alone, as the golden fixtures are written.
 */
export function isHidden(el: Element): boolean {
  if (isHiddenByMarkup(el)) return true;
  return hasLayout(el.ownerDocument) && hiddenByLayout(el);
}

/** Visible text, whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'BLOCKQUOTE',
  'DIV',
  'DL',
  'DT',
  'DD',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/** Text with line breaks where the page shows them (<br>, block elements), for signatures. */
export function blockText(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  // A block edge starts a new line unless one was just started: nested <div>s make one break,
  // while <br> always adds one (Gmail writes a blank line as <div><br></div>).
  const blockEdge = (): void => {
    out = out.replace(/[ \t]+$/, '');
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) blockEdge();
    node.childNodes.forEach(walk);
    if (block) blockEdge();
  };
  walk(el);
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A copy of `el` without the parts matching `selectors` (quoted history, UI widgets). */
export function without(el: Element, selectors: readonly string[]): Element {
  const copy = el.cloneNode(true) as Element;
  for (const found of queryAll(copy, selectors)) found.remove();
  return copy;
}

/** Removes the first match of `selectors` in `root` and everything after it in document order. */
export function cutFrom(root: Element, selectors: readonly string[]): void {
  const start = queryFirst(root, selectors);
  if (!start) return;
  for (let node: Element | null = start; node && node !== root; node = node.parentElement) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  start.remove();
}
