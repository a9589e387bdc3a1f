import { queryDeepSelector, PIERCE_JOIN } from './deep-selector';
import { isGeneratedToken } from './generated-token';

/**
 * The selector a taught site rule keeps for the element the user picked (lib/content/picker/).
 * Robust first: an id, `data-*`, `name`, `itemprop`, `title`, `aria-label`, `href^="mailto:"`,
 * then classes — never generated class names or ids (lib/adapters/generated-token.ts), never an
 * attribute's value that is the record's own data (the picked email or name: it changes on the
 * next record), and an `nth-of-type` path only when nothing else is unique. An element inside
 * open shadow roots or same-origin iframes gets one part per boundary, joined with ` >>> `
 * (lib/adapters/deep-selector.ts).
 */

/** Attributes worth anchoring on, best first; `data-*` come first, in their page order. */
const NAMED_ATTRS = ['name', 'itemprop', 'title', 'aria-label', 'role', 'type', 'email'] as const;
const MAX_VALUE = 60;
const MAX_ANCESTORS = 6;

const esc = (value: string) => `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
// CSS.escape is missing where there is no browser layout (unit tests' DOM), though typed as always there.
const cssIdent = (value: string) =>
  typeof CSS === 'undefined' ? value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`) : CSS.escape(value);

/** A node's scope: the document or shadow root it sits in (not crossing it). */
type Scope = Document | ShadowRoot;
const scopeOf = (el: Element): Scope => el.getRootNode() as Scope;
const isShadowRoot = (n: Node): n is ShadowRoot => n.nodeType === 11 && 'host' in n;

/** Whether `value` is the record's own data (the picked email or name) rather than page structure. */
function holdsRecordData(value: string, avoid: readonly string[]): boolean {
  const v = value.toLowerCase();
  return avoid.some((a) => a !== '' && (v.includes(a) || a.includes(v))) || v.includes('@');
}

/** Simple selectors for `el` alone, best first. */
export function candidatesFor(el: Element, avoid: readonly string[]): string[] {
  const tag = el.localName;
  const out: string[] = [];
  if (el.id && !isGeneratedToken(el.id) && !holdsRecordData(el.id, avoid)) out.push(`#${cssIdent(el.id)}`);
  const attrs = [...el.attributes].filter((a) => a.name.startsWith('data-') && !isGeneratedToken(a.name.slice(5)));
  const named = NAMED_ATTRS.map((n) => el.getAttributeNode(n)).filter((a): a is Attr => a !== null);
  for (const a of [...attrs, ...named]) {
    const stable = a.value !== '' && a.value.length <= MAX_VALUE && !isGeneratedToken(a.value.replace(/\s+/g, '-'));
    if (stable && !holdsRecordData(a.value, avoid)) out.push(`${tag}[${a.name}=${esc(a.value)}]`);
    else out.push(`${tag}[${a.name}]`);
  }
  const href = el.getAttribute('href');
  if (href && /^mailto:/i.test(href)) out.push(`${tag}[href^="mailto:"]`);
  const classes = [...el.classList].filter((c) => !isGeneratedToken(c) && !holdsRecordData(c, avoid));
  for (const c of classes) out.push(`${tag}.${cssIdent(c)}`);
  if (classes.length > 1) out.push(`${tag}.${classes.map(cssIdent).join('.')}`);
  out.push(tag);
  return [...new Set(out)];
}

/** Selectors that name an ancestor well enough to anchor a descendant selector (no bare tags). */
function anchorsFor(el: Element, avoid: readonly string[]): string[] {
  return candidatesFor(el, avoid).filter((c) => c !== el.localName && !/^[a-z0-9-]+\[[a-z-]+\]$/.test(c));
}

const uniqueIn = (scope: Scope, selector: string, el: Element): boolean => {
  try {
    const found = scope.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
};

/** `tag:nth-of-type(k)` steps from `from` (exclusive) down to `el`. */
function nthPath(el: Element, from: Element | null): string {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur && cur !== from; cur = cur.parentElement) {
    const tag = cur.localName;
    const same = cur.parentElement ? [...cur.parentElement.children].filter((c) => c.localName === tag) : [cur];
    steps.unshift(same.length > 1 ? `${cur.localName}:nth-of-type(${same.indexOf(cur) + 1})` : cur.localName);
  }
  return steps.join(' > ');
}

/** One selector for `el` within its own scope (document or shadow root). */
export function selectorInScope(el: Element, avoid: readonly string[]): string {
  const scope = scopeOf(el);
  const own = candidatesFor(el, avoid);
  const hit = own.find((c) => uniqueIn(scope, c, el));
  if (hit) return hit;
  let nearestAnchor: { el: Element; selector: string } | null = null;
  let anc = el.parentElement;
  for (let depth = 0; anc && depth < MAX_ANCESTORS; depth++, anc = anc.parentElement) {
    for (const a of anchorsFor(anc, avoid)) {
      for (const c of own) {
        if (uniqueIn(scope, `${a} ${c}`, el)) return `${a} ${c}`;
        if (uniqueIn(scope, `${a} > ${c}`, el)) return `${a} > ${c}`;
      }
      if (!nearestAnchor && uniqueIn(scope, a, anc)) nearestAnchor = { el: anc, selector: a };
    }
  }
  // Nothing stable is unique: a short positional path from the nearest unique ancestor.
  if (nearestAnchor) return `${nearestAnchor.selector} > ${nthPath(el, nearestAnchor.el)}`;
  return nthPath(el, null);
}

/**
 * The boundaries between the top document and `el`: each element that is a shadow host or an
 * iframe on the way, outermost first, ending with `el` itself.
 */
export function boundaryChain(el: Element, top: Document): Element[] {
  const chain: Element[] = [el];
  let cur: Element = el;
  for (;;) {
    const root = cur.getRootNode();
    const frame = root !== top && root.nodeType === 9 ? (root as Document).defaultView?.frameElement : null;
    if (isShadowRoot(root)) cur = root.host;
    else if (frame) cur = frame;
    else break;
    chain.unshift(cur);
  }
  return chain;
}

/** The selector for `el`, addressed from `top`, with a ` >>> ` per shadow root or iframe crossed. */
export function deriveSelector(el: Element, top: Document, avoid: readonly string[]): string {
  const lowered = avoid.map((a) => a.trim().toLowerCase()).filter((a) => a.length > 1);
  return boundaryChain(el, top)
    .map((e) => selectorInScope(e, lowered))
    .join(PIERCE_JOIN);
}

/**
 * How well the selector finds the picked element from the top document: 'exact' (only it),
 * 'first' (it first, others after), 'missed' (not at all, or the selector fails).
 */
export function verifySelector(selector: string, el: Element, top: Document): 'exact' | 'first' | 'missed' {
  try {
    const found = queryDeepSelector(top, selector);
    if (found[0] !== el) return 'missed';
    return found.length === 1 ? 'exact' : 'first';
  } catch {
    return 'missed';
  }
}
