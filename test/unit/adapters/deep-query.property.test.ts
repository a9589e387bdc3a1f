// @vitest-environment happy-dom
import fc from 'fast-check';
import { deepClosest, deepQueryAll, deepText } from '@/lib/adapters/deep-query';

/**
 * The Salesforce adapter reads through open shadow roots (lib/adapters/deep-query.ts): every
 * element is visited once whatever the nesting, skipped subtrees stay out, nothing throws.
 */
interface Tree {
  tag: 'div' | 'span' | 'a' | 'section';
  shadow: boolean;
  skip: boolean;
  children: Tree[];
}
const treeOf = (depth: number): fc.Arbitrary<Tree> =>
  fc.record({
    tag: fc.constantFrom('div', 'span', 'a', 'section'),
    shadow: fc.boolean(),
    skip: fc.boolean(),
    children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 3 }),
  });
const tree = treeOf(4);

/** Builds the tree; a node with `shadow` puts its children in an open shadow root. */
function build(doc: Document, parent: ParentNode, node: Tree, counts: { a: number; aOutsideSkip: number }, skipped: boolean) {
  const el = doc.createElement(node.tag);
  if (node.skip) el.className = 'skip';
  parent.append(el);
  if (node.tag === 'a') {
    counts.a++;
    if (!skipped && !node.skip) counts.aOutsideSkip++;
  }
  // <a> cannot host a shadow root; the other tags can.
  const into = node.shadow && node.tag !== 'a' ? el.attachShadow({ mode: 'open' }) : el;
  for (const child of node.children) build(doc, into, child, counts, skipped || node.skip);
}

describe('deepQueryAll (property)', () => {
  it('finds every match once, through shadow roots, leaving skipped subtrees out', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), (trees) => {
        document.body.replaceChildren();
        const counts = { a: 0, aOutsideSkip: 0 };
        for (const t of trees) build(document, document.body, t, counts, false);
        const all = deepQueryAll(document.body, 'a');
        expect(all.length).toBe(counts.a);
        expect(new Set(all).size).toBe(all.length);
        expect(deepQueryAll(document.body, 'a', '.skip').length).toBe(counts.aOutsideSkip);
        for (const a of all) expect(deepClosest(a, 'body')).toBe(document.body);
        expect(() => deepQueryAll(document.body, ':not(', '[')).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('handles deep nesting without recursion limits, in linear work', () => {
    document.body.replaceChildren();
    let parent: ParentNode = document.body;
    for (let i = 0; i < 3000; i++) {
      const el = document.createElement('div');
      parent.append(el);
      parent = i % 2 ? el.attachShadow({ mode: 'open' }) : el;
    }
    parent.append(Object.assign(document.createElement('a'), { href: 'mailto:x@y.example' }));
    expect(deepQueryAll(document.body, 'a')).toHaveLength(1);
  });

  it("reads a host's shadow content and its slotted light children as text", () => {
    document.body.innerHTML = '<p id="host"><i>light</i></p>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>shadow</b> <slot></slot>';
    expect(deepText(host)).toBe('shadow light');
  });

  it('respects the limit', () => {
    document.body.innerHTML = '<a></a><a></a><a></a>';
    expect(deepQueryAll(document.body, 'a', '', 2)).toHaveLength(2);
  });
});
