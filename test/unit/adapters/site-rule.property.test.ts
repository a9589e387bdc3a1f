// @vitest-environment happy-dom
import fc from 'fast-check';
import { adapterFromRule } from '@/lib/adapters/site-rule';
import { MAX_PATTERN_WILDCARDS, MAX_SELECTOR_LENGTH, SiteRule } from '@/lib/schema/site-rule';
import { PageContext } from '@/lib/schema/page-context';

/**
 * Site rules arrive in backups (repository issue 10, standing tests): the schema caps what a rule
 * may hold, and a valid rule reading any document never throws and gives a context the worker
 * accepts.
 */
const rule = (fields: Record<string, unknown>) =>
  SiteRule.safeParse({ id: 'r', name: 'CRM', urlPattern: 'https://crm.example.com/*', emailSelector: '.e', ...fields });

const selector = fc.oneof(
  fc.constantFrom(
    'a',
    '.e',
    '#x',
    'td:nth-child(2)',
    'a[href^="mailto:"]',
    '*',
    ':not(',
    '[',
    '>>',
    'a,,b',
    '::before',
    ':has(a)',
  ),
  fc.string({
    unit: fc.constantFrom('a', '.', '#', '[', ']', '(', ')', ':', '>', ' ', '*', ',', '"', '='),
    minLength: 1,
    maxLength: 30,
  }),
);
const element = fc.record({
  tag: fc.constantFrom('a', 'td', 'span', 'div', 'li'),
  cls: fc.constantFrom('', 'e', 'n', 'x'),
  text: fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('Anna <anna@acme.example>', 'a@b.example; c@d.example', 'x'.repeat(300)),
  ),
  href: fc.constantFrom('', 'mailto:igor@acme.example', 'javascript:alert(1)'),
});

describe('site rules (property)', () => {
  it('the schema refuses patterns with too many stars or too long, and selectors too long', () => {
    expect(rule({ urlPattern: `https://crm.example.com/${'*'.repeat(MAX_PATTERN_WILDCARDS)}` }).success).toBe(true);
    expect(rule({ urlPattern: `https://crm.example.com/${'*'.repeat(MAX_PATTERN_WILDCARDS + 1)}` }).success).toBe(false);
    expect(rule({ urlPattern: `https://crm.example.com/${'a'.repeat(2048)}` }).success).toBe(false);
    expect(rule({ emailSelector: 'a'.repeat(MAX_SELECTOR_LENGTH + 1) }).success).toBe(false);
    expect(rule({ nameSelector: 'a'.repeat(MAX_SELECTOR_LENGTH + 1) }).success).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '*', '/'), maxLength: 30 }), (path) => {
        const parsed = rule({ urlPattern: `https://crm.example.com/${path}` });
        return parsed.success === path.split('*').length - 1 <= MAX_PATTERN_WILDCARDS;
      }),
    );
  });

  it('a valid rule reading a random document never throws and gives a context the worker accepts', () => {
    fc.assert(
      fc.property(
        selector,
        fc.option(selector, { nil: undefined }),
        fc.constantFrom(undefined, 'href', 'data-email'),
        fc.array(element, { maxLength: 12 }),
        (emailSelector, nameSelector, emailAttribute, elements) => {
          const parsed = rule({ emailSelector, nameSelector, emailAttribute });
          if (!parsed.success) return true;
          const doc = document.implementation.createHTMLDocument('Record');
          for (const e of elements) {
            const el = doc.createElement(e.tag);
            if (e.cls) el.className = e.cls;
            if (e.href) el.setAttribute('href', e.href);
            el.textContent = e.text;
            doc.body.append(el);
          }
          const ctx = adapterFromRule(parsed.data).read(doc, new URL('https://crm.example.com/deal/1'));
          return PageContext.safeParse(ctx).success;
        },
      ),
      { numRuns: 500 },
    );
  });
});
