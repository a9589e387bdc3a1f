import { textFromFragment, type TextOptions } from './text-from-node';

const ELEMENT = 1;

/**
 * Text of one Range via `cloneContents()`: the clone is detached (no live DOM is walked or
 * mutated while the page keeps running) and bounded by the range for free. What a clone loses
 * is its ancestry, so this passes the common ancestor as context and renumbers cut lists.
 */
export function textOfRange(range: Range, options: Pick<TextOptions, 'imageAlt'> = {}): string {
  const fragment = range.cloneContents();
  const context = range.commonAncestorContainer;
  renumberCutLists(range, fragment);
  return textFromFragment(fragment, {
    ...options,
    context,
    firstItemNumber: isOrderedList(context) ? ordinalAt(context as Element, range.startContainer, range.startOffset) : undefined,
  });
}

function isOrderedList(node: Node | null): boolean {
  return node?.nodeType === ELEMENT && (node as Element).localName.toLowerCase() === 'ol';
}

/**
 * A range that starts in item 3 of an <ol> clones that list from item 3; left alone the clone
 * would number it "1.". The partially selected ancestors of the start are cloned as the first
 * child at each level (DOM spec, "clone the contents of a range"), so walk both chains together
 * and give each cut <ol> clone the `start` its original had at that point.
 */
function renumberCutLists(range: Range, fragment: DocumentFragment): void {
  const chain: Node[] = [];
  for (let n: Node | null = range.startContainer; n && n !== range.commonAncestorContainer; n = n.parentNode) {
    chain.unshift(n);
  }
  let clone: Node | null = fragment.firstChild;
  for (const original of chain) {
    if (!clone) return;
    if (isOrderedList(original) && clone.nodeType === ELEMENT) {
      (clone as Element).setAttribute('start', String(ordinalAt(original as Element, range.startContainer, range.startOffset)));
    }
    clone = clone.firstChild;
  }
}

/** Number the list item at (container, offset) shows inside `ol`, honouring start/value/reversed. */
function ordinalAt(ol: Element, container: Node, offset: number): number {
  const items = Array.from(ol.children).filter((c) => c.localName.toLowerCase() === 'li');
  const startAttr = Number.parseInt(ol.getAttribute('start') ?? '', 10);
  const reversed = ol.hasAttribute('reversed');
  let n = Number.isNaN(startAttr) ? (reversed ? items.length : 1) : startAttr;
  const boundary = container === ol ? (ol.childNodes[offset] ?? null) : container;
  for (const li of items) {
    const value = Number.parseInt(li.getAttribute('value') ?? '', 10);
    if (!Number.isNaN(value)) n = value;
    if (boundary && (li === boundary || li.contains(boundary) || startsBefore(boundary, li))) return n;
    n += reversed ? -1 : 1;
  }
  return n;
}

/** True when `a` comes before `b` in document order (the boundary sits between items). */
function startsBefore(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
}
