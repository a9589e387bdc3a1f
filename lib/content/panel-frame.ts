/**
 * The panel's frame on the host page: a fixed column at the right edge holding the extension's
 * panel.html iframe, a drag handle to resize it and a slim tab to collapse it. Only layout lives
 * in the host DOM, inside a shadow root so host CSS cannot restyle it. The root is open so tests
 * and assistive tech find the frame; the dossier itself is in the cross-origin iframe, which the
 * page cannot read either way.
 */
import type { HostTheme } from './host-theme';

export interface FrameState {
  collapsed: boolean;
  width: number;
}

export const DEFAULT_FRAME: FrameState = { collapsed: false, width: 360 };
const MIN_WIDTH = 260;
const MAX_WIDTH = 720;
const TAB_WIDTH = 28;
const TAB_HEIGHT = 88;
/** The tab's place when nothing of the host's is there (px from the top). */
const TAB_TOP = 96;
/** Narrower than this, the host keeps the whole window: docking would crush it. */
const MIN_HOST = 560;
/** What a user clicks on a host page: the tab must not sit over it (issue 14). */
const CONTROL =
  'a[href],button,input,select,textarea,summary,label,[role=button],[role=link],[role=tab],[role=option],[role=treeitem],[role=menuitem],[role=checkbox],[tabindex="0"]';

export function clampWidth(w: number, viewport: number): number {
  return Math.round(Math.min(Math.max(w, MIN_WIDTH), Math.min(MAX_WIDTH, viewport - 80)));
}

const CSS = `
:host { all: initial; }
.col { position: fixed; top: 0; right: 0; height: 100vh; z-index: 2147483646; display: flex;
  box-shadow: -2px 0 8px rgba(0,0,0,.15); background: #fff; }
.col.collapsed { width: ${TAB_WIDTH}px !important; box-shadow: none; background: transparent; pointer-events: none; }
.col.collapsed iframe, .col.collapsed .grip { display: none; }
.grip { width: 6px; cursor: ew-resize; background: #e5e7eb; }
.grip:hover, .grip:focus-visible { background: #93c5fd; outline: none; }
.col.docked { box-shadow: none; border-left: 1px solid #d1d5db; }
.tab { position: absolute; left: -${TAB_WIDTH}px; top: ${TAB_TOP}px; width: ${TAB_WIDTH}px; height: ${TAB_HEIGHT}px; border: 0;
  border-radius: 6px 0 0 6px; background: #1e3a8a; color: #fff; cursor: pointer; font: 600 12px system-ui, sans-serif;
  writing-mode: vertical-rl; pointer-events: auto; }
.col.collapsed .tab { left: 0; }
.tab:focus-visible { outline: 3px solid #d97706; }
iframe { border: 0; flex: 1; height: 100%; color-scheme: normal; }
.col.dark { background: #16181d; }
.col.dark .grip { background: #3a3f49; }
.col.dark .grip:hover, .col.dark .grip:focus-visible { background: #5b7bd5; }
.col.dark .tab { background: #93b4f8; color: #16181d; }
.col.dark .tab:focus-visible { outline-color: #fbbf24; }
`;

export interface PanelFrame {
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  apply(state: FrameState): void;
  /** Docked: the host page is narrowed so it sits beside the panel; else the panel overlays it. */
  dock(docked: boolean): void;
  /** Moves the tab off any host control now under it (the host's layout changed). */
  refit(): void;
  /** The host's look changed (Gmail's loading screen gave way to its dark theme): follow it. */
  retheme(hint: HostTheme | undefined): void;
  remove(): void;
}

/**
 * The panel URL for a host theme: `?theme=` before the token's hash (components/panel/panel-theme.ts
 * reads it; docs/contract.md only fixes that the src starts with panel.html).
 */
function themedUrl(panelUrl: string, hint: HostTheme | undefined): string {
  const url = new URL(panelUrl);
  url.search = hint ? `?theme=${hint}` : '';
  return url.href;
}

export function createPanelFrame(
  panelUrl: string,
  labels: { toggle: string; resize: string },
  onChange: (state: FrameState) => void,
  /** The host page's look (host-theme.ts); none: the OS's. */
  hint: HostTheme | undefined,
): PanelFrame {
  const host = document.createElement('keyside-panel');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const col = document.createElement('div');
  col.className = 'col';
  // The tab sits on the host page: it takes the page's look, or the OS's when the page gave none.
  const look = (theme: HostTheme | undefined) => theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const paint = (theme: HostTheme | undefined) => col.classList.toggle('dark', look(theme) === 'dark');
  paint(hint);
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.textContent = 'Keyside';
  tab.title = labels.toggle;
  tab.setAttribute('aria-label', labels.toggle);
  const grip = document.createElement('div');
  grip.className = 'grip';
  grip.tabIndex = 0;
  grip.setAttribute('role', 'separator');
  grip.setAttribute('aria-orientation', 'vertical');
  grip.setAttribute('aria-label', labels.resize);
  grip.setAttribute('aria-valuemin', String(MIN_WIDTH));
  grip.setAttribute('aria-valuemax', String(MAX_WIDTH));
  const iframe = document.createElement('iframe');
  iframe.src = themedUrl(panelUrl, hint);
  iframe.title = 'Keyside';
  col.append(tab, grip, iframe);
  root.append(style, col);

  // Docking narrows the host's root element from a style sheet of ours, so the host's own layout
  // reflows beside the panel and removing the sheet gives the page back exactly as it was. It sits
  // in our element's light DOM: still part of the document, out of the host's way.
  const narrow = document.createElement('style');
  let docked = false;
  let state = DEFAULT_FRAME;
  let refitTimer: ReturnType<typeof setTimeout> | undefined;
  const apply = (next: FrameState) => {
    state = { ...next, width: clampWidth(next.width, window.innerWidth) };
    col.classList.toggle('collapsed', state.collapsed);
    col.style.width = `${state.width}px`;
    tab.setAttribute('aria-expanded', String(!state.collapsed));
    // A focusable separator is a splitter: screen readers announce its position (the width).
    grip.setAttribute('aria-valuenow', String(state.width));
    // Docked, the tab gets a strip of its own beside the panel: it covers nothing of the host.
    const reserved = (state.collapsed ? 0 : state.width) + TAB_WIDTH;
    const fits = docked && window.innerWidth - reserved >= MIN_HOST;
    col.classList.toggle('docked', fits);
    narrow.textContent = fits ? `html{margin-right:${reserved}px!important}` : '';
    if (fits) host.append(narrow);
    else narrow.remove();
    clearTimeout(refitTimer);
    refitTimer = setTimeout(refit, 120);
  };
  /**
   * Puts the tab at the free place nearest its usual one along its strip of the window: where
   * the host shows no control under it (hit-tested through our element). None free: the usual place.
   */
  const refit = () => {
    const right = window.innerWidth - (state.collapsed ? 0 : state.width);
    const last = Math.floor((window.innerHeight - TAB_HEIGHT) / 8);
    const home = TAB_TOP / 8;
    // Rows of 8 px, hit-tested only when a candidate place needs them: where the host has nothing
    // at the usual place (the common case) that is 11 rows of 3 points.
    const free: boolean[] = [];
    const rowFree = (i: number) =>
      (free[i] ??= [4, TAB_WIDTH / 2, TAB_WIDTH - 4].every(
        (dx) => !document.elementFromPoint(right - dx, i * 8 + 4)?.closest(CONTROL),
      ));
    col.style.visibility = 'hidden'; // hit-tests pass through what is hidden
    let best = TAB_TOP;
    // Nearest first: home, one row up, one down, two up…
    for (let step = 0; step <= 2 * Math.max(home, last - home); step++) {
      const i = home + (step % 2 ? -(step + 1) / 2 : step / 2);
      if (i < 0 || i > last) continue;
      let fits = true;
      for (let r = i; fits && r < i + TAB_HEIGHT / 8; r++) fits = rowFree(r);
      if (fits) {
        best = i * 8;
        break;
      }
    }
    col.style.visibility = '';
    tab.style.top = `${best}px`;
  };
  const onResize = () => apply(state);
  window.addEventListener('resize', onResize);
  const commit = (next: FrameState) => {
    apply(next);
    onChange(state);
  };
  tab.addEventListener('click', () => commit({ ...state, collapsed: !state.collapsed }));
  grip.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowLeft') commit({ ...state, width: state.width + 20 });
    if (e.key === 'ArrowRight') commit({ ...state, width: state.width - 20 });
  });
  grip.addEventListener('pointerdown', (down) => {
    grip.setPointerCapture(down.pointerId);
    iframe.style.pointerEvents = 'none'; // the iframe would swallow the pointer moves
    const move = (e: PointerEvent) => apply({ ...state, width: window.innerWidth - e.clientX });
    const up = () => {
      grip.removeEventListener('pointermove', move);
      iframe.style.pointerEvents = '';
      onChange(state);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', up, { once: true });
  });
  apply(state);
  document.documentElement.append(host);
  const retheme = (next: HostTheme | undefined) => {
    if (next === undefined || next === hint) return;
    // A page that now paints what the OS already gave (no hint at mount, light OS, light page)
    // changes nothing visible: reloading would only throw away what the user is typing.
    const visible = look(next) !== look(hint);
    hint = next;
    if (!visible) return;
    paint(next);
    // The panel reloads with the same token: the worker still serves it (lib/background/panel-port.ts).
    iframe.src = themedUrl(panelUrl, next);
  };
  const dock = (next: boolean) => {
    docked = next;
    apply(state);
  };
  const remove = () => {
    window.removeEventListener('resize', onResize);
    clearTimeout(refitTimer);
    host.remove();
  };
  return { host, iframe, apply, dock, refit, retheme, remove };
}
