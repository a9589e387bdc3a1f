import { innerRoots } from '@/lib/adapters/deep-selector';

/** Caps the walk on huge pages: the keyboard's candidate list needs no more. */
const MAX_ELEMENTS = 30_000;

/**
 * Every element of the document, in order, including those inside open shadow roots and
 * same-origin iframes (what a rule's ` >>> ` reaches, lib/adapters/deep-selector.ts).
 */
export function deepElements(root: ParentNode, skip: Element): Element[] {
  const out: Element[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll('*')) {
      if (out.length >= MAX_ELEMENTS) return;
      if (el === skip) continue;
      out.push(el);
      for (const inner of innerRoots(el)) visit(inner);
    }
  };
  visit(root);
  return out;
}

/** Same-origin frame windows inside `doc` (also in open shadow roots), at any depth. */
export function sameOriginFrames(doc: Document): Window[] {
  const wins: Window[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll('*')) {
      for (const inner of innerRoots(el)) {
        if (inner.nodeType === 9) {
          const win = (inner as Document).defaultView;
          if (win) wins.push(win);
        }
        visit(inner);
      }
    }
  };
  visit(doc);
  return wins;
}

/** The element's box in the top window's viewport: its own rect plus every frame's offset on the way. */
export function topRect(el: Element): { x: number; y: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  let frame = el.ownerDocument.defaultView?.frameElement ?? null;
  while (frame) {
    const fr = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += fr.left + frame.clientLeft + parseFloat(style?.paddingLeft ?? '0');
    y += fr.top + frame.clientTop + parseFloat(style?.paddingTop ?? '0');
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  return { x, y, width: r.width, height: r.height };
}

/** The deepest element an event happened on (through open shadow roots), or null. */
export function deepTarget(e: Event): Element | null {
  const first = e.composedPath()[0];
  return first && (first as Node).nodeType === 1 ? (first as Element) : null;
}

export const isVisible = (el: Element): boolean => el.getClientRects().length > 0;
