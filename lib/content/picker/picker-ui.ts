/**
 * The picker's own interface in the host page: a highlight box and a bar with the step's
 * instructions, preview and buttons, inside a closed shadow root so the page can neither read
 * nor restyle it (inline `!important` on the host beats the page's stylesheets). The e2e build
 * opens the root so Playwright can see what a user sees; the code is otherwise the same.
 */

export interface BarButton {
  label: string;
  action: () => void;
  primary?: boolean;
}

export interface BarView {
  title: string;
  hint?: string;
  error?: string;
  /** Lines of what the rule reads ("Anna Petrova <anna@…>"). */
  preview?: string[];
  buttons: BarButton[];
}

export interface PickerUi {
  /** The element in the page; events inside it are the picker's own, never picks. */
  readonly host: HTMLElement;
  highlight(rect: { x: number; y: number; width: number; height: number } | null): void;
  show(view: BarView): void;
  destroy(): void;
}

const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;' +
  ' pointer-events: none !important; display: block !important; visibility: visible !important; opacity: 1 !important;';

const CSS = `
  * { box-sizing: border-box; font: 14px/1.4 system-ui, sans-serif; }
  .box { position: fixed; border: 2px solid #2563eb; background: rgba(37, 99, 235, .14); border-radius: 3px;
         pointer-events: none; display: none; }
  .bar { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); width: min(560px, calc(100vw - 32px));
         background: #fff; color: #111827; border: 1px solid #d1d5db; border-radius: 10px; padding: 12px 14px;
         box-shadow: 0 8px 28px rgba(0,0,0,.22); pointer-events: auto; }
  .title { font-weight: 600; margin: 0 0 4px; }
  .hint, .preview li { color: #4b5563; font-size: 13px; margin: 0; }
  .error { color: #b91c1c; font-size: 13px; margin: 6px 0 0; }
  .preview { margin: 6px 0 0; padding: 6px 8px; list-style: none; background: #f3f4f6; border-radius: 6px; }
  .preview li { color: #111827; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
  .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; flex-wrap: wrap; }
  button { border: 1px solid #9ca3af; background: #fff; color: #111827; border-radius: 6px; padding: 5px 12px; cursor: pointer; }
  button.primary { background: #2563eb; border-color: #2563eb; color: #fff; }
  button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text) node.textContent = text;
  return node;
}

export function createPickerUi(): PickerUi {
  const host = document.createElement('keyside-picker');
  // Through the CSSOM rather than a style attribute, which a page's CSP may block.
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  const style = el('style', '');
  style.textContent = CSS;
  const box = el('div', 'box');
  box.setAttribute('data-part', 'highlight');
  const bar = el('div', 'bar');
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-live', 'polite');
  root.append(style, box, bar);
  document.documentElement.append(host);

  return {
    host,
    highlight(rect) {
      if (!rect) {
        box.style.display = 'none';
        return;
      }
      Object.assign(box.style, {
        display: 'block',
        left: `${rect.x - 2}px`,
        top: `${rect.y - 2}px`,
        width: `${rect.width + 4}px`,
        height: `${rect.height + 4}px`,
      });
    },
    show(view) {
      bar.replaceChildren(el('p', 'title', view.title));
      bar.setAttribute('aria-label', view.title);
      if (view.hint) bar.append(el('p', 'hint', view.hint));
      if (view.preview) {
        const list = el('ul', 'preview');
        list.setAttribute('data-part', 'preview');
        for (const line of view.preview) list.append(el('li', '', line));
        bar.append(list);
      }
      if (view.error) {
        const error = el('p', 'error', view.error);
        error.setAttribute('role', 'alert');
        bar.append(error);
      }
      const buttons = el('div', 'buttons');
      for (const b of view.buttons) {
        const button = el('button', b.primary ? 'primary' : '', b.label);
        button.type = 'button';
        button.addEventListener('click', (e) => {
          e.stopPropagation();
          b.action();
        });
        buttons.append(button);
      }
      bar.append(buttons);
      (buttons.querySelector<HTMLButtonElement>('button.primary') ?? null)?.focus({ preventScroll: true });
    },
    destroy() {
      host.remove();
    },
  };
}
