/**
 * Small DOM readers shared by the adapters. Pure over the given nodes (no layout, no
 * getComputedStyle) so golden fixtures in happy-dom read exactly as the live page does.
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
 * Hidden by the page itself: an inline `display:none`, the `hidden` attribute. Gmail keeps its
 * previous views in the DOM this way, so a stale thread must not be read as the open one.
 */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return true;
  }
  return false;
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
