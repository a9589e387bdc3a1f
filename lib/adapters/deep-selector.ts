/**
 * A site rule's selector that reaches into open shadow roots and same-origin iframes:
 *
 *     crm-contact-card >>> a[href^="mailto:"]
 *     iframe#record >>> #contact >>> span.email
 *
 * Each ` >>> ` steps into what the elements matched so far contain: an element's open shadow root,
 * or an iframe's document when the page may read it (same origin). A selector without `>>>` is
 * plain CSS and is queried exactly as before (`querySelectorAll` on the document), so rules
 * written by hand and rules in older backups (docs/contract.md, `emailSelector`) keep their
 * meaning: `>>>` is not valid CSS, so no working plain selector contains it outside a string.
 *
 * Selectors come from backups and from users: the split is one left-to-right scan, linear in the
 * selector's length, that ignores `>>>` inside quotes, brackets, parentheses and after a
 * backslash escape (test/unit/adapters/deep-selector.property.test.ts).
 */

export const PIERCE = '>>>';
/** The separator Keyside writes between parts (lib/adapters/derive-selector.ts). */
export const PIERCE_JOIN = ` ${PIERCE} `;

/**
 * The parts between top-level `>>>`, trimmed. A selector with none gives one part, untouched
 * (not even trimmed). Null when a part is empty (`a >>>`, `>>> b`, `a >>> >>> b`).
 */
export function splitDeepSelector(selector: string): string[] | null {
  const parts: string[] = [];
  let start = 0;
  let quote = '';
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '\\') {
      i++; // the escaped character is never syntax
    } else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[' || c === '(') {
      depth++;
    } else if ((c === ']' || c === ')') && depth > 0) {
      depth--;
    } else if (depth === 0 && c === '>' && selector.startsWith(PIERCE, i)) {
      parts.push(selector.slice(start, i));
      i += PIERCE.length - 1;
      start = i + 1;
    }
  }
  if (parts.length === 0) return [selector];
  parts.push(selector.slice(start));
  const trimmed = parts.map((p) => p.trim());
  return trimmed.some((p) => p === '') ? null : trimmed;
}

/** What a part's matches lead into: the open shadow root, or a same-origin frame's document. */
export function innerRoots(el: Element): ParentNode[] {
  const roots: ParentNode[] = [];
  if (el.shadowRoot) roots.push(el.shadowRoot);
  if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
    try {
      // A cross-origin frame gives null (or throws in some engines): it stays out of reach.
      const doc = (el as HTMLIFrameElement).contentDocument;
      if (doc) roots.push(doc);
    } catch {
      // cross-origin
    }
  }
  return roots;
}

/**
 * Every element a site rule's selector finds, in order (per root, document order), without
 * duplicates: each `>>>` steps into the shadow roots and same-origin frames the previous part
 * found. (deep-query.ts `deepQueryAll` is the other walk: one plain selector searched through
 * every open shadow root, for built-in adapters.) Throws like `querySelectorAll` when a part is not valid CSS or a `>>>` part is empty; callers
 * that must not throw (adapters) run it through safeRead (lib/adapters/context.ts).
 */
export function queryDeepSelector(root: ParentNode, selector: string): Element[] {
  const parts = splitDeepSelector(selector);
  if (!parts) throw new SyntaxError(`empty part around ${PIERCE}`);
  if (parts.length === 1) return [...root.querySelectorAll(selector)];
  let scopes: ParentNode[] = [root];
  let found: Element[] = [];
  parts.forEach((part, i) => {
    const seen = new Set<Element>();
    for (const scope of scopes) scope.querySelectorAll(part).forEach((el) => seen.add(el));
    found = [...seen];
    if (i < parts.length - 1) scopes = found.flatMap(innerRoots);
  });
  return found;
}

/** Null when the selector can be queried; otherwise the engine's reason. Needs a DOM. */
export function deepSelectorProblem(selector: string, doc: Document): string | null {
  const parts = splitDeepSelector(selector);
  if (!parts) return `empty part around ${PIERCE}`;
  const probe = doc.createDocumentFragment();
  for (const part of parts) {
    try {
      probe.querySelector(part);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  return null;
}
