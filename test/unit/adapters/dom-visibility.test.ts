// @vitest-environment happy-dom
import { gmailAdapter } from '@/lib/adapters/gmail';
import { hasLayout, isHidden } from '@/lib/adapters/dom';
import { loadFixture } from './fixtures';

/** Pretends the browser laid the document out; `shown` decides what checkVisibility answers. */
function fakeLayout(doc: Document, shown: (el: Element) => boolean): void {
  const box = (w: number, h: number) => ({ width: w, height: h, x: 0, y: 0, top: 0, left: 0, right: w, bottom: h }) as DOMRect;
  doc.documentElement.getBoundingClientRect = () => box(1280, 800);
  for (const el of doc.querySelectorAll('*')) {
    el.checkVisibility = () => shown(el);
    el.getClientRects = () => (shown(el) ? ([box(10, 10)] as unknown as DOMRectList) : ([] as unknown as DOMRectList));
  }
}

describe('isHidden', () => {
  it('without layout (happy-dom), reads markup only: inline display:none and [hidden]', () => {
    document.body.innerHTML =
      '<div id="a" style="display: none"><p id="b"></p></div><p id="c" hidden></p><p id="d" class="gone"></p>';
    expect(hasLayout(document)).toBe(false);
    expect(['a', 'b', 'c', 'd'].map((id) => isHidden(document.getElementById(id)!))).toEqual([true, true, true, false]);
  });

  it('with layout, what the browser does not show is hidden, whatever the markup says', () => {
    document.body.innerHTML = '<p id="shown"></p><p id="by-class" class="gone"></p><p id="by-attr" hidden></p>';
    fakeLayout(document, (el) => !el.classList.contains('gone'));
    expect(hasLayout(document)).toBe(true);
    expect(isHidden(document.getElementById('shown')!)).toBe(false);
    expect(isHidden(document.getElementById('by-class')!)).toBe(true);
    expect(isHidden(document.getElementById('by-attr')!)).toBe(true);
  });

  it('with layout, an element with no area is hidden even where checkVisibility is missing', () => {
    document.body.innerHTML = '<p id="empty"></p>';
    fakeLayout(document, () => false);
    const el = document.getElementById('empty')!;
    // An older browser: layout, but no checkVisibility.
    Object.defineProperty(el, 'checkVisibility', { value: undefined });
    expect(isHidden(el)).toBe(true);
  });
});

describe('Gmail with layout', () => {
  it('a loading screen hidden by a class does not hold the page at "none"', () => {
    const { doc, url, expected } = loadFixture('gmail', '2026-11-thread');
    const loading = doc.getElementById('loading')!;
    loading.removeAttribute('style');
    loading.classList.add('aqp');
    // Without layout the screen looks shown; with it, the class hides it.
    expect(gmailAdapter.read(doc, url).status).toBe('none');
    fakeLayout(doc, (el) => !el.closest('.aqp') && !el.closest('[style*="display: none"]'));
    expect(gmailAdapter.read(doc, url)).toEqual(expected);
  });

  it('a thread view hidden by a class is not read as the open one', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-inbox');
    doc.querySelectorAll('[style*="display: none"]').forEach((el) => {
      el.removeAttribute('style');
      el.classList.add('aqp');
    });
    fakeLayout(doc, (el) => !el.closest('.aqp'));
    expect(gmailAdapter.read(doc, url).status).toBe('none');
  });
});
