import { BLOCK_TAGS, CELL_TAGS, LIST_TAGS, PARAGRAPH_TAGS, PREFORMATTED_TAGS, SKIP_TAGS, isHidden } from './block-tags';
import { TextSink } from './text-sink';

// Numeric node types: this module must not depend on a global `Node` (workers have none).
const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const DOCUMENT = 9;
const FRAGMENT = 11;

/** Past the nesting the HTML parser allows; only script-built DOM goes deeper, and we would overflow the stack. */
const MAX_DEPTH = 1000;

export interface TextOptions {
  /**
   * The node the fragment was cut from (a Range's commonAncestorContainer). A cloned fragment
   * loses its ancestors; they decide whether whitespace is preformatted (inside <pre>) and which
   * list the top-level <li>s belong to.
   */
  context?: Node | null;
  /** Number of the first top-level item when `context` is an <ol> cut mid-list. */
  firstItemNumber?: number;
  /** Write `<img alt="x">` as "[x]" (an emoji image as the bare emoji). Default true. */
  imageAlt?: boolean;
}

interface ListFrame {
  ordered: boolean;
  reversed: boolean;
  next: number;
}
interface WalkState {
  pre: boolean;
  inCell: boolean;
  lists: ListFrame[];
  depth: number;
  imageAlt: boolean;
}

/**
 * Plain text of a fragment, node or document as a reader sees it: words keep the spaces between
 * inline elements, blocks become lines, <br> a newline, list items "• item" / "1. item", table
 * rows one line each with tab-separated cells. Never reads innerText (no layout here) nor any attribute but `alt`, so
 * nothing from script, event handlers or URLs can reach the result.
 */
export function textFromFragment(root: Node, options: TextOptions = {}): string {
  const start = root.nodeType === DOCUMENT ? documentStart(root as Document) : root;
  const sink = new TextSink();
  if (start) visit(start, initialState(options), sink);
  return sink.toString();
}

/** Where a document's text starts: its body, else its root element. */
function documentStart(doc: Document): Element | null {
  return bodyOf(doc) ?? rootOf(doc);
}

/** A document still loading has no body yet, though the DOM typings say it always has. */
function bodyOf(doc: Document): HTMLElement | null {
  return doc.body;
}

/** An empty document has no root element, though the DOM typings say it always has. */
function rootOf(doc: Document): Element | null {
  return doc.documentElement;
}

function initialState(options: TextOptions): WalkState {
  const state: WalkState = { pre: false, inCell: false, lists: [], depth: 0, imageAlt: options.imageAlt ?? true };
  const ancestors: Element[] = [];
  for (let n = options.context ?? null; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT) ancestors.unshift(n as Element);
  }
  for (const el of ancestors) {
    const tag = el.localName.toLowerCase();
    if (PREFORMATTED_TAGS.has(tag)) state.pre = true;
    if (CELL_TAGS.has(tag)) state.inCell = true;
    if (LIST_TAGS.has(tag)) state.lists.push(listFrame(el));
  }
  const innermost = state.lists.at(-1);
  if (innermost && options.firstItemNumber !== undefined) innermost.next = options.firstItemNumber;
  return state;
}

function visit(node: Node, state: WalkState, sink: TextSink): void {
  if (node.nodeType === TEXT) sink.text((node as Text).data, state.pre);
  else if (node.nodeType === FRAGMENT || node.nodeType === DOCUMENT) walkChildren(node, state, sink);
  else if (node.nodeType === ELEMENT) visitElement(node as Element, state, sink);
}

function visitElement(el: Element, state: WalkState, sink: TextSink): void {
  const tag = el.localName.toLowerCase();
  if (SKIP_TAGS.has(tag) || isHidden(el) || state.depth >= MAX_DEPTH) return;
  if (tag === 'br') {
    sink.hardBreak();
    return;
  }
  if (tag === 'img') {
    imageText(el, state, sink);
    return;
  }

  const inner: WalkState = { ...state, depth: state.depth + 1 };
  if (PREFORMATTED_TAGS.has(tag)) inner.pre = true;
  if (LIST_TAGS.has(tag)) inner.lists = [...state.lists, listFrame(el)];
  if (!BLOCK_TAGS.has(tag)) {
    walkChildren(el, inner, sink);
    return;
  }

  // A nested list is part of its item, not a paragraph; inside a table cell a paragraph is one
  // line of the cell, not a blank-line-separated block.
  const paragraph = PARAGRAPH_TAGS.has(tag) || (LIST_TAGS.has(tag) && state.lists.length === 0);
  const breaks = paragraph && !state.inCell ? 2 : 1;
  sink.requireBreak(breaks);
  if (tag === 'li') sink.setPrefix(itemMarker(el, state.lists));
  walkChildren(el, inner, sink);
  if (tag === 'li') sink.clearPrefix();
  sink.requireBreak(breaks);
}

/** Children in order; runs of sibling cells (<td>/<th>) become one tab-separated line. */
function walkChildren(parent: Node, state: WalkState, sink: TextSink): void {
  let row: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT && CELL_TAGS.has((child as Element).localName.toLowerCase())) {
      row.push(child as Element);
    } else if (row.length === 0 || !isBetweenCells(child)) {
      emitRow(row, state, sink);
      row = [];
      visit(child, state, sink);
    }
  }
  emitRow(row, state, sink);
}

function isBetweenCells(node: Node): boolean {
  return node.nodeType === COMMENT || (node.nodeType === TEXT && /^[ \t\n\r\f]*$/.test((node as Text).data));
}

/**
 * One line per row, cells joined by tabs (as innerText does, and as spreadsheets paste). Lines
 * inside a cell are joined by a space so a row never spills over several lines and stays
 * readable as a row.
 */
function emitRow(cells: Element[], state: WalkState, sink: TextSink): void {
  const texts = cells
    .filter((cell) => !isHidden(cell))
    .map((cell) => {
      const cellSink = new TextSink();
      walkChildren(cell, { ...state, inCell: true, depth: state.depth + 1 }, cellSink);
      return cellSink.toString().replace(/\n+/g, ' ');
    });
  if (texts.every((t) => t === '')) return;
  sink.requireBreak(1);
  sink.raw(texts.join('\t'));
  sink.requireBreak(1);
}

function listFrame(el: Element): ListFrame {
  const ordered = el.localName.toLowerCase() === 'ol';
  const reversed = ordered && el.hasAttribute('reversed');
  const start = Number.parseInt(el.getAttribute('start') ?? '', 10);
  const itemCount = Array.from(el.children).filter((c) => c.localName.toLowerCase() === 'li').length;
  return { ordered, reversed, next: Number.isNaN(start) ? (reversed ? itemCount : 1) : start };
}

function itemMarker(li: Element, lists: ListFrame[]): string {
  const indent = '  '.repeat(Math.max(0, lists.length - 1));
  const frame = lists.at(-1);
  if (!frame?.ordered) return `${indent}• `;
  const value = Number.parseInt(li.getAttribute('value') ?? '', 10);
  if (!Number.isNaN(value)) frame.next = value;
  const n = frame.next;
  frame.next += frame.reversed ? -1 : 1;
  return `${indent}${n}. `;
}

const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f)+$/u;

/** Alt text stands in for the picture; emoji images (mail and chat apps) read as the emoji. */
function imageText(img: Element, state: WalkState, sink: TextSink): void {
  const alt = (img.getAttribute('alt') ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
  if (!state.imageAlt || alt === '') return;
  sink.text(EMOJI_ONLY.test(alt) ? alt : `[${alt}]`, false);
}
