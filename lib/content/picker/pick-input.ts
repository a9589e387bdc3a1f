import { deepElements, deepTarget, isVisible, sameOriginFrames } from './deep-dom';

/** What the user does with pointer and keys while a step waits for an element. */
export interface PickHandlers {
  /** The element under the pointer or chosen with the arrow keys (null: none). */
  hover(el: Element | null): void;
  pick(el: Element): void;
  cancel(): void;
  /** Candidates for the arrow keys, in page order. */
  candidates(): Element[];
}

/** Page events the picker swallows while it runs, so a click picks instead of following a link. */
const SWALLOWED = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick', 'contextmenu'];

/**
 * Listens on the top window and on every same-origin frame's window (capture phase, before the
 * page's own listeners), until `signal` aborts. Events inside the picker's own interface
 * (`ui`) pass through untouched.
 */
export function listenForPicks(ui: Element, handlers: PickHandlers, signal: AbortSignal): void {
  let current: Element | null = null;
  const ours = (e: Event) => e.composedPath().includes(ui);
  const setCurrent = (el: Element | null) => {
    current = el;
    handlers.hover(el);
  };
  const watched = new Set<Window>();
  const attach = (win: Window) => {
    if (watched.has(win)) return;
    watched.add(win);
    const opts = { capture: true, signal };
    win.addEventListener(
      'pointermove',
      (e) => {
        if (ours(e)) return;
        const el = deepTarget(e);
        if (el?.tagName === 'IFRAME') sameOriginFrames(el.ownerDocument).forEach(attach);
        if (el !== current) setCurrent(el);
      },
      opts,
    );
    for (const type of SWALLOWED) {
      win.addEventListener(
        type,
        (e) => {
          if (ours(e)) return;
          e.preventDefault();
          e.stopImmediatePropagation();
          const el = deepTarget(e);
          if (type === 'click' && el) handlers.pick(el);
        },
        opts,
      );
    }
    win.addEventListener('keydown', (e) => onKey(e), opts);
    // The box is placed in viewport coordinates: follow the element when anything scrolls.
    win.addEventListener('scroll', () => current && handlers.hover(current), { ...opts, passive: true });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
      handlers.cancel();
      return;
    }
    const inUi = ours(e);
    if (e.key === 'Enter') {
      // Enter on one of the picker's buttons presses that button.
      if (inUi && deepTarget(e)?.tagName === 'BUTTON') return;
      if (current) {
        e.preventDefault();
        e.stopImmediatePropagation();
        handlers.pick(current);
      }
      return;
    }
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const list = handlers.candidates();
    if (list.length === 0) return;
    const at = current ? list.indexOf(current) : -1;
    const next = list[at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length];
    if (!next) return;
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    setCurrent(next);
  };
  attach(window);
  sameOriginFrames(document).forEach(attach);
}

/** Visible elements that pass `keep`, innermost only (a wrapper around a kept child is skipped). */
export function visibleCandidates(skip: Element, keep: (el: Element) => boolean): Element[] {
  const kept = deepElements(document, skip).filter((el) => keep(el) && isVisible(el));
  const wrappers = new Set<Element>();
  for (const el of kept) for (let up = el.parentElement; up && !wrappers.has(up); up = up.parentElement) wrappers.add(up);
  return kept.filter((el) => !wrappers.has(el));
}
