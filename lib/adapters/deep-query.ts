/**
 * Queries that see into open shadow roots. Salesforce Lightning renders records with web
 * components: with synthetic shadow their content looks like light DOM to a content script, with
 * native shadow it sits in open shadow roots, which `querySelectorAll` does not enter. One walk
 * over the composed tree, each element visited once: linear in the size of the page.
 */

/** An element's open shadow root; closed ones (and documents without shadow DOM) give null. */
function openShadow(el: Element): ShadowRoot | null {
  return (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    // A selector the engine rejects matches nothing, as in queryFirst (lib/adapters/dom.ts).
    return false;
  }
}

/**
 * Every element under `root` matching `selector`, in composed order (a host's shadow content
 * before its light children), inside open shadow roots too. Subtrees matching `skip` are left
 * out entirely (a record's related lists), shadow content included. Stops after `limit` matches.
 */
export function deepQueryAll(root: ParentNode, selector: string, skip = '', limit = 500): Element[] {
  const found: Element[] = [];
  // An explicit stack: deep pages never overflow the call stack.
  const stack: Node[] = [];
  const pushChildren = (node: ParentNode) => {
    for (let child = node.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  };
  pushChildren(root);
  if (root instanceof Element || (root as Node).nodeType === 1) {
    const shadow = openShadow(root as Element);
    if (shadow) pushChildren(shadow);
  }
  while (stack.length && found.length < limit) {
    const el = stack.pop() as Element;
    if (skip && matches(el, skip)) continue;
    if (matches(el, selector)) found.push(el);
    pushChildren(el);
    // Pushed last, popped first: the shadow content comes before the light children it slots.
    const shadow = openShadow(el);
    if (shadow) pushChildren(shadow);
  }
  return found;
}

/** The first of `selectors` (in their order) that matches under `root`, shadow roots included. */
export function deepQueryFirst(root: ParentNode, selectors: readonly string[], skip = ''): Element | null {
  for (const selector of selectors) {
    const [found] = deepQueryAll(root, selector, skip, 1);
    if (found) return found;
  }
  return null;
}

/**
 * The closest ancestor matching `selector`, crossing shadow boundaries (a shadow root's parent is
 * its host). Null when none does.
 */
export function deepClosest(el: Element, selector: string): Element | null {
  for (let node: Node | null = el; node;) {
    if (node.nodeType === 1 && matches(node as Element, selector)) return node as Element;
    node = node.parentNode;
    // A shadow root's parent is its host.
    if (node?.nodeType === 11) node = (node as ShadowRoot).host;
  }
  return null;
}

/** Text of an element and of the open shadow roots inside it, whitespace collapsed. */
export function deepText(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const shadow = node.nodeType === 1 ? openShadow(node as Element) : null;
    // A host shows its shadow content; its light children appear where a <slot> takes them.
    if (shadow) {
      walk(shadow);
      return;
    }
    const assigned = (node as Element).tagName === 'SLOT' ? (node as HTMLSlotElement).assignedNodes() : [];
    (assigned.length ? assigned : node.childNodes).forEach(walk);
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}
