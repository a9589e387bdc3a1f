// @vitest-environment happy-dom
import fc from 'fast-check';
import { queryDeepSelector, deepSelectorProblem, PIERCE_JOIN, splitDeepSelector } from '@/lib/adapters/deep-selector';
import { fastestMs } from '../fastest-ms';

/**
 * The piercing selector form (lib/adapters/deep-selector.ts) is parsed from backups and user
 * input: its split must be linear, total, and leave plain CSS untouched.
 */
const cssUnit = fc.constantFrom('a', 'b', '.', '#', '[', ']', '(', ')', ':', '>', ' ', '*', ',', '"', "'", '=', '\\', '-');
// Parts that contain no '>' at all, so joining them with ' >>> ' makes exactly those separators.
const safePart = fc
  .string({ unit: fc.constantFrom('a', 'b', '.', '#', ':', '*', '-', '[x]', '(n)', '"q"', ' '), minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() !== '');

describe('deep selector (property)', () => {
  it('never throws and, without ">>>", gives the selector back untouched', () => {
    fc.assert(
      fc.property(fc.string({ unit: cssUnit, maxLength: 60 }), (s) => {
        const parts = splitDeepSelector(s);
        if (!s.includes('>>>')) return parts !== null && parts.length === 1 && parts[0] === s;
        // A '>>>' inside brackets, quotes or parentheses splits nothing: the selector comes back as it is.
        if (parts?.length === 1) return parts[0] === s;
        return parts === null || parts.every((p) => p.length > 0 && p === p.trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('splits parts joined with " >>> " back into those parts', () => {
    fc.assert(
      fc.property(fc.array(safePart, { minLength: 2, maxLength: 5 }), (parts) => {
        expect(splitDeepSelector(parts.join(PIERCE_JOIN))).toEqual(parts.map((p) => p.trim()));
      }),
    );
  });

  it('does not split inside quotes, brackets, parentheses or after an escape', () => {
    expect(splitDeepSelector('[title=">>>"]')).toEqual(['[title=">>>"]']);
    expect(splitDeepSelector("a[title='x >>> y'] >>> b")).toEqual(["a[title='x >>> y']", 'b']);
    expect(splitDeepSelector(':is(a >>> b)')).toEqual([':is(a >>> b)']);
    expect(splitDeepSelector('a\\>>> b')).toEqual(['a\\>>> b']);
    expect(splitDeepSelector('a >>>')).toBeNull();
    expect(splitDeepSelector('>>> a')).toBeNull();
    expect(splitDeepSelector('a >>> >>> b')).toBeNull();
  });

  it('runs in linear time on adversarial input', () => {
    const time = (s: string) => fastestMs(() => splitDeepSelector(s), 5);
    for (const unit of ['>>', '[(', '"\\', '> >', 'a>>>']) {
      const small = time(unit.repeat(20_000));
      const large = time(unit.repeat(80_000));
      // 4× the input; a quadratic split would take ~16×. Generous for a noisy 2-core machine.
      expect(large, unit).toBeLessThan(small * 10 + 50);
    }
  });

  it('queries plain selectors exactly like querySelectorAll, and never finds what a plain query could not', () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.body.innerHTML = '<p class="a"><b id="x">1</b></p><i class="a b">2</i><span title=">>>">3</span>';
    fc.assert(
      fc.property(fc.constantFrom('.a', 'b', '#x', '.a.b', 'p > b', '[title=">>>"]', '*', 'p, i'), (sel) => {
        expect(queryDeepSelector(doc, sel)).toEqual([...doc.querySelectorAll(sel)]);
      }),
    );
  });

  it('steps into open shadow roots and same-origin iframes, not closed roots', () => {
    const doc = document;
    doc.body.innerHTML = '<x-card id="open"></x-card><x-card id="closed"></x-card>';
    const open = doc.getElementById('open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<x-inner></x-inner><a href="mailto:a@b.example">a</a>';
    open.querySelector('x-inner')!.attachShadow({ mode: 'open' }).innerHTML = '<em>deep</em>';
    doc.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<a href="mailto:c@d.example">c</a>';
    expect(queryDeepSelector(doc, 'x-card >>> a').map((a) => a.textContent)).toEqual(['a']);
    expect(queryDeepSelector(doc, 'x-card >>> x-inner >>> em').map((a) => a.textContent)).toEqual(['deep']);
    expect(queryDeepSelector(doc, 'a')).toEqual([]);
    expect(() => queryDeepSelector(doc, 'x-card >>> a[[')).toThrow();
  });

  it('names the problem of a selector the engine rejects', () => {
    expect(deepSelectorProblem('x-card >>> a', document)).toBeNull();
    expect(deepSelectorProblem('a[[', document)).toBeTruthy();
    expect(deepSelectorProblem('a >>>', document)).toBeTruthy();
  });
});
