// @vitest-environment happy-dom
import { textFromFragment } from '@/lib/capture/text-from-node';

/** Text of an HTML snippet parsed into an inert document's body. */
function text(html: string, options?: Parameters<typeof textFromFragment>[1]): string {
  return textFromFragment(new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body, options);
}

describe('textFromFragment: words and spaces', () => {
  it('keeps the whitespace between inline elements (the glued-words failure of naive extraction)', () => {
    expect(text('<p><span>Привет</span>\n  <span>мир</span></p>')).toBe('Привет мир');
    expect(text('<p><b>თბილისი</b> <i>ღვინო</i></p>')).toBe('თბილისი ღვინო');
    expect(text('<p><a href="/x">ექსპორტის</a>\n<strong>მონაცემები</strong>, <em>Acme</em></p>')).toBe(
      'ექსპორტის მონაცემები, Acme',
    );
  });

  it('keeps inline elements with no whitespace between them together, as the browser renders them', () => {
    expect(text('<p>гофро<b>упаковка</b></p>')).toBe('гофроупаковка');
  });

  it('collapses runs of ASCII whitespace like CSS white-space: normal, keeping NBSP', () => {
    expect(text('  <p>  a \n\t  b  </p>  ')).toBe('a b');
    expect(text('<p>12&nbsp;000&nbsp;м²</p>')).toBe('12\u00a0000\u00a0м²');
    expect(text('<p>a <b> b </b> c</p>')).toBe('a b c');
  });
});

describe('textFromFragment: lines', () => {
  it('turns block boundaries into line breaks, paragraphs into a blank line', () => {
    expect(text('<p>a</p><p>b</p>')).toBe('a\n\nb');
    expect(text('<div>a</div><div>b</div>')).toBe('a\nb');
    expect(text('<div><p>a</p></div><div>b</div>')).toBe('a\n\nb');
    expect(text('<h2>Заголовок</h2><p>Текст</p>')).toBe('Заголовок\n\nТекст');
    expect(text('before<div>block</div>after')).toBe('before\nblock\nafter');
  });

  it('writes <br> as a newline and lets a trailing <br> merge with the block end', () => {
    expect(text('<p>a<br>b</p>')).toBe('a\nb');
    expect(text('<p>a<br><br>b</p>')).toBe('a\n\nb');
    expect(text('<p>a<br>\n  b</p>')).toBe('a\nb');
    expect(text('<div>a<br></div><div>b</div>')).toBe('a\nb');
    expect(text('<p>a<br></p><p>b</p>')).toBe('a\n\nb');
    expect(text('<br><p>a</p><br>')).toBe('a');
  });

  it('keeps whitespace inside pre and textarea', () => {
    expect(text('<p>Код:</p><pre>  a  b\n    c</pre><p>end</p>')).toBe('Код:\n\n  a  b\n    c\n\nend');
    expect(text('<textarea>line 1\n  line 2</textarea>')).toBe('line 1\n  line 2');
  });

  it('writes list items as "• item", ordered ones numbered, nested ones indented', () => {
    expect(text('<p>Список:</p><ul>\n <li>один</li>\n <li><b>два</b> <i>слова</i></li>\n</ul><p>после</p>')).toBe(
      'Список:\n\n• один\n• два слова\n\nпосле',
    );
    expect(text('<ol><li>a</li><li>b</li></ol>')).toBe('1. a\n2. b');
    expect(text('<ol start="3"><li>c</li><li value="7">g</li><li>h</li></ol>')).toBe('3. c\n7. g\n8. h');
    expect(text('<ol reversed><li>c</li><li>b</li><li>a</li></ol>')).toBe('3. c\n2. b\n1. a');
    expect(text('<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>')).toBe('• a\n  • a1\n  • a2\n• b');
    expect(text('<ul><li><p>first</p></li><li><p>second</p></li></ul>')).toBe('• first\n\n• second');
    expect(text('<ul><li></li><li>only</li></ul>')).toBe('• only');
  });

  it('writes a table row per line with tab-separated cells', () => {
    const html = `<table><caption>Лоты</caption>
      <tr><th>Позиция</th> <th>Кол-во</th></tr>
      <tr><td>Коробка <b>T-24</b></td><td>12 000</td></tr>
      <tr><td></td><td></td></tr>
      <tr><td><p>Лента</p><p>48 мм</p></td><td hidden>secret</td><td>800</td></tr>
    </table><p>Итого</p>`;
    expect(text(html)).toBe('Лоты\nПозиция\tКол-во\nКоробка T-24\t12 000\nЛента 48 мм\t800\n\nИтого');
  });
});

describe('textFromFragment: what is not text', () => {
  it('skips script, style, noscript, template, svg, iframe and form controls', () => {
    const html = `<p>a<script>alert(1)</script> b<style>p{}</style></p>
      <noscript>no script</noscript><template><p>tpl</p></template>
      <svg><text>svg</text></svg><iframe srcdoc="<p>frame</p>">fallback</iframe>
      <select><option>opt</option></select><button>Click</button><p>c</p>`;
    expect(text(html)).toBe('a b\n\nc');
  });

  it('skips hidden, aria-hidden and inline display:none elements', () => {
    expect(
      text(
        '<p>a <span hidden>x</span>b <span aria-hidden="true">y</span>c <span style="color:red; display : none !important">z</span>d</p>',
      ),
    ).toBe('a b c d');
    expect(text('<p>a <span aria-hidden="false">b</span> <span style="visibility:hidden">c</span></p>')).toBe('a b');
  });

  it('writes image alt text in brackets, emoji images as the emoji, or nothing', () => {
    expect(text('<p>See <img src="c.png" alt="Sales  chart"> here</p>')).toBe('See [Sales chart] here');
    expect(text('<p>Thanks<img src="e.png" alt="🙏🏽">!</p>')).toBe('Thanks🙏🏽!');
    expect(text('<p>a <img src="x.png" alt=""> b</p>')).toBe('a b');
    expect(text('<p>a <img src="c.png" alt="chart"> b</p>', { imageAlt: false })).toBe('a b');
  });

  it('leaves text that merely looks like markup as the literal characters it is', () => {
    // Escaped in the page, so it is text the user saw; it stays inert because clips are stored and shown as text.
    expect(text('<p>&lt;b&gt;bold?&lt;/b&gt; a &lt; b</p>')).toBe('<b>bold?</b> a < b');
  });
});

describe('textFromFragment: inputs', () => {
  it('accepts a document (its body), a fragment, an element or a text node', () => {
    const doc = new DOMParser().parseFromString('<title>T</title><p>a</p><p>b</p>', 'text/html');
    expect(textFromFragment(doc)).toBe('a\n\nb');
    const fragment = doc.createDocumentFragment();
    fragment.append(doc.createTextNode('  x  '), doc.createElement('br'), 'y');
    expect(textFromFragment(fragment)).toBe('x\ny');
    expect(textFromFragment(doc.querySelector('p')!)).toBe('a');
    expect(textFromFragment(doc.createTextNode(' z '))).toBe('z');
  });

  it('takes preformatting and list kind from the context a fragment was cut from', () => {
    const doc = new DOMParser().parseFromString('<pre id="p">x</pre><ol id="o"><li>x</li></ol>', 'text/html');
    const lines = doc.createTextNode('  a\n  b');
    expect(textFromFragment(lines, { context: doc.getElementById('p') })).toBe('  a\n  b');
    const items = doc.createDocumentFragment();
    for (const t of ['b', 'c']) items.append(Object.assign(doc.createElement('li'), { textContent: t }));
    expect(textFromFragment(items, { context: doc.getElementById('o'), firstItemNumber: 2 })).toBe('2. b\n3. c');
  });

  it('does not overflow the stack on script-built deep nesting', () => {
    const doc = new DOMParser().parseFromString('<div id="root"></div>', 'text/html');
    let node: Element = doc.getElementById('root')!;
    for (let i = 0; i < 5000; i += 1) node = node.appendChild(doc.createElement('span'));
    node.textContent = 'deep';
    expect(() => textFromFragment(doc)).not.toThrow();
  });
});
