// @vitest-environment happy-dom
import { extractInPage } from '@/lib/capture/in-page';

function page(html: string): void {
  document.title = 'Acme — news';
  document.body.innerHTML = html;
  getSelection()?.removeAllRanges();
}

describe("extractInPage (runs in the web page, injected after the user's gesture)", () => {
  it('reads the selection as plain text with the page as source, without Readability', () => {
    page('<p id="p">Компания <b>Acme</b><i> Logistics</i> <a href="javascript:alert(1)">растёт</a><script>alert(2)</script></p>');
    getSelection()!.selectAllChildren(document.getElementById('p')!);
    const r = extractInPage({ wantPage: false });
    expect(r.selection?.text).toBe('Компания Acme Logistics растёт');
    expect(r.page).toEqual({ title: 'Acme — news', url: location.href });
    expect(r.top).toBe(true);
  });

  it("a selection inside a text field comes from the field's value", () => {
    page('<textarea id="t"></textarea>');
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.value = 'first line\nsecond line';
    field.focus();
    field.setSelectionRange(6, 16);
    expect(extractInPage({ wantPage: false }).selection?.text).toBe('line\nsecon');
  });

  it('no selection: null; with wantPage the main text and an excerpt', () => {
    page(
      '<article><h1>Acme expands</h1><p>Acme opens a warehouse in Kotka for cold-chain goods, with 14 000 m² and a rail siding to the port.</p><p>Second paragraph with more detail about the lanes and the customers served.</p></article>',
    );
    const r = extractInPage({ wantPage: true });
    expect(r.selection).toBeNull();
    expect(r.page?.excerpt).toContain('Acme opens a warehouse');
    expect(r.page?.text).toContain('Second paragraph');
  });

  it('a right-clicked link: its words from the page; an unsafe target is dropped', () => {
    page('<a href="https://acme.example/press">Press <b>release</b></a><a href="javascript:steal()">claim it</a>');
    expect(extractInPage({ wantPage: false, linkUrl: 'https://acme.example/press' }).link).toEqual({
      url: 'https://acme.example/press',
      text: 'Press release',
    });
    expect(extractInPage({ wantPage: false, linkUrl: 'javascript:steal()' }).link).toEqual({ url: null, text: 'claim it' });
  });
});
