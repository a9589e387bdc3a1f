// @vitest-environment happy-dom
import { queryDeepSelector } from '@/lib/adapters/deep-selector';
import { deriveSelector, verifySelector } from '@/lib/adapters/derive-selector';
import { isGeneratedToken } from '@/lib/adapters/generated-token';

const EMAIL = 'anna.petrova@acme-logistics.example';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('generated tokens', () => {
  it.each([
    'css-1x2y3z',
    'sc-abc123',
    'sc-AxjAm',
    '_3kF9x',
    'Button_root__a1b2c',
    'jss42',
    'ember1234',
    ':r1:',
    'a1b2c3',
    '9f86d081884c',
    '12345',
    'x7Yq2',
  ])('%s is generated', (t) => expect(isGeneratedToken(t)).toBe(true));
  it.each(['email', 'contact-email', 'record_field', 'slds-form-element', 'primary', 'h2', 'field-value', 'emailAddress'])(
    '%s is written by a person',
    (t) => expect(isGeneratedToken(t)).toBe(false),
  );
});

describe('deriveSelector', () => {
  it('prefers an id, then data-* attributes, and never uses the email itself as a value', () => {
    let doc = page(`<div><span id="contactEmail" class="css-1x2y3z">${EMAIL}</span></div>`);
    expect(deriveSelector(doc.getElementById('contactEmail')!, doc, [EMAIL])).toBe('#contactEmail');
    doc = page(`<p data-field="email" title="${EMAIL}" class="sc-abc123">${EMAIL}</p><p data-field="phone">1</p>`);
    const sel = deriveSelector(doc.querySelector('[data-field="email"]')!, doc, [EMAIL]);
    expect(sel).toBe('p[data-field="email"]');
  });

  it('uses a[href^="mailto:"] and skips hashed classes and generated ids', () => {
    const doc = page(
      `<nav><a href="/home" class="x1">Home</a></nav><a id="ember812" class="_3kF9x" href="mailto:${EMAIL}">Write</a>`,
    );
    const el = doc.querySelector('a[href^="mailto:"]')!;
    const sel = deriveSelector(el, doc, [EMAIL]);
    expect(sel).toBe('a[href^="mailto:"]');
  });

  it('anchors on a stable ancestor when the element alone is not unique', () => {
    const doc = page(
      `<section id="owner"><span class="value">Olga</span></section><section id="contact"><span class="value">${EMAIL}</span></section>`,
    );
    const el = doc.querySelector('#contact .value')!;
    const sel = deriveSelector(el, doc, [EMAIL]);
    expect(sel).toMatch(/^#contact( >)? span(\.value)?$/);
    expect(verifySelector(sel, el, doc)).toBe('exact');
  });

  it('falls back to a positional path that still finds the element', () => {
    const doc = page('<div><ul><li>a</li><li>b</li><li>c</li></ul></div>');
    const el = doc.querySelectorAll('li')[1]!;
    const sel = deriveSelector(el, doc, []);
    expect(sel).toContain('nth-of-type(2)');
    expect(verifySelector(sel, el, doc)).toBe('exact');
  });

  it('crosses open shadow roots with " >>> " and the rule finds exactly the picked element', () => {
    const doc = page('<crm-record data-kind="contact"></crm-record><crm-record data-kind="account"></crm-record>');
    const host = doc.querySelector('[data-kind="contact"]')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<field-row data-name="email"></field-row>`;
    const row = root.querySelector('field-row')!;
    row.attachShadow({ mode: 'open' }).innerHTML = `<a class="css-9x8y7" href="mailto:${EMAIL}">${EMAIL}</a>`;
    const el = row.shadowRoot!.querySelector('a')!;
    const sel = deriveSelector(el, doc, [EMAIL]);
    expect(sel).toBe('crm-record[data-kind="contact"] >>> field-row[data-name="email"] >>> a[href^="mailto:"]');
    expect(queryDeepSelector(doc, sel)).toEqual([el]);
    expect(verifySelector(sel, el, doc)).toBe('exact');
  });

  it('reports a selector that misses the element', () => {
    const doc = page('<b>x</b><i>y</i>');
    expect(verifySelector('i', doc.querySelector('b')!, doc)).toBe('missed');
    expect(verifySelector('b[[', doc.querySelector('b')!, doc)).toBe('missed');
  });
});
