// @vitest-environment happy-dom
import { captureLink } from '@/lib/capture/link';
import { capturePage } from '@/lib/capture/page';
import { captureSelection } from '@/lib/capture/selection';
import { loadFixture, loadFixtureBody } from './fixtures';

const EXPECTED =
  'Dear partner, please review our price list and terms.\n\nDiscount 15% until Friday.\n\n[Logo]\n\nBest regards,\nMallory';

/** Nothing of the page's code, markup, hidden text or URLs may reach a clip. */
function expectInert(text: string): void {
  expect(text).not.toContain('<');
  expect(text).not.toMatch(/javascript:|vbscript:|data:/i);
  expect(text).not.toMatch(/alert|onerror|onclick|onload|steal|cookie|evil/i);
  for (const leak of [
    'svg',
    'iframe fallback',
    'frame',
    'Ignore previous',
    'aria hidden',
    'template text',
    'display none',
    'object fallback',
    'Submit',
    'style text',
  ]) {
    expect(text).not.toContain(leak);
  }
}

describe('hostile page', () => {
  it('a selection over script, handlers, svg, iframe srcdoc and javascript: links yields only the visible words', () => {
    const sel = loadFixtureBody('hostile.html').querySelector('#sel')!;
    // happy-dom 21's Range loses every node after a <template> (its document-order walk stops
    // in the template); browsers do not. The template is covered by the page capture below.
    sel.querySelector('template')!.remove();
    const range = document.createRange();
    range.selectNodeContents(sel);
    const { text } = captureSelection([range]);
    expect(text).toBe(EXPECTED);
    expectInert(text);
  });

  it('a page capture of it is inert too', () => {
    const page = capturePage(loadFixture('hostile.html'), 'https://offers.example.com/deal');
    expect(page.text).toBe(EXPECTED);
    expect(page.title).toBe('Special offer');
    expectInert(JSON.stringify({ ...page, url: '' }));
  });

  it('none of its links survives as a link', () => {
    const doc = loadFixture('hostile.html');
    const hrefs = Array.from(doc.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!);
    expect(hrefs).toHaveLength(5);
    for (const href of hrefs) expect(captureLink({ href, text: 'x' }, 'https://offers.example.com/deal')).toBeNull();
  });

  it('capturing does not alter the page', () => {
    const doc = loadFixture('hostile.html');
    const before = doc.documentElement.outerHTML;
    capturePage(doc, 'https://offers.example.com/deal');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
