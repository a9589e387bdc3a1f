// @vitest-environment happy-dom
import { genericAdapter } from '@/lib/adapters/generic';
import { matchesPattern, sampleUrl } from '@/lib/adapters/match-pattern';
import { adapterFromRule } from '@/lib/adapters/site-rule';
import { PageContext } from '@/lib/schema/page-context';
import { SiteRule } from '@/lib/schema/site-rule';
import { loadFixture } from './fixtures';

const page = (body: string, title = 'Record') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  );

describe('generic adapter', () => {
  it('reads the golden contacts page', () => {
    const { doc, url, expected } = loadFixture('generic', '2026-11-contacts');
    const ctx = genericAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
  });

  it('uses link text as the name only when it is not an address, and skips hidden links', () => {
    const { doc, url } = loadFixture('generic', '2026-11-contacts');
    const people = PageContext.parse(genericAdapter.read(doc, url)).people;
    expect(people.find((p) => p.email === 'anna.petrova@acme-logistics.example')?.name).toBe('Anna Petrova');
    expect(people.find((p) => p.email === 'igor.smirnov@acme-logistics.example')?.name).toBe('');
    expect(people.some((p) => p.email.includes('spam-trap'))).toBe(false);
  });

  it('is "none" on a page without mailto links', () => {
    expect(genericAdapter.read(page('<a href="https://x.example">x</a>'), new URL('https://x.example/')).status).toBe('none');
  });
});

const rule = (over: Partial<SiteRule> = {}): SiteRule =>
  SiteRule.parse({
    id: 'r1',
    name: 'Tiny CRM',
    urlPattern: 'http://127.0.0.1:8000/*',
    emailSelector: 'a.email',
    emailAttribute: 'href',
    nameSelector: 'h1.contact-name',
    ...over,
  });

describe('site rule adapter', () => {
  const url = new URL('http://127.0.0.1:8000/contacts/17');
  const record = page(
    `
    <h1 class="contact-name">Мария Иванова</h1>
    <dl><dt>Email</dt><dd><a class="email" href="mailto:Maria.Ivanova@severny-veter.example">write</a></dd>
    <dt>Other</dt><dd><span class="email-text">m.ivanova@severny-veter.example; Giorgi &lt;giorgi.beridze@tbilisi-wine.example&gt;</span></dd></dl>`,
    'Мария Иванова — Tiny CRM',
  );

  it('reads emails from an attribute and the name from nameSelector', () => {
    const ctx = adapterFromRule(rule()).read(record, url);
    expect(ctx).toMatchObject({
      site: 'site-rule',
      status: 'record',
      title: 'Мария Иванова — Tiny CRM',
      people: [{ email: 'maria.ivanova@severny-veter.example', name: 'Мария Иванова', role: 'record' }],
    });
    expect(() => PageContext.parse(ctx)).not.toThrow();
  });

  it('reads emails from text when no attribute is given, one name for the first address', () => {
    const ctx = adapterFromRule(rule({ emailSelector: '.email-text', emailAttribute: undefined })).read(record, url);
    expect(ctx.people).toEqual([
      { email: 'm.ivanova@severny-veter.example', name: 'Мария Иванова', role: 'record' },
      { email: 'giorgi.beridze@tbilisi-wine.example', name: 'Giorgi', role: 'record' },
    ]);
  });

  it('pairs names with emails by position on a list of contacts', () => {
    const list = page(
      '<ul><li><b>Anna</b> <i>anna.petrova@acme-logistics.example</i></li><li><b>Igor</b> <i>igor.smirnov@acme-logistics.example</i></li></ul>',
    );
    const ctx = adapterFromRule(rule({ emailSelector: 'li i', emailAttribute: undefined, nameSelector: 'li b' })).read(list, url);
    expect(ctx.people?.map((p) => p.name)).toEqual(['Anna', 'Igor']);
  });

  it('is "unrecognised" when its selector finds nothing or the browser rejects it, "none" when what it finds holds no address', () => {
    expect(adapterFromRule(rule({ emailSelector: '.nothing' })).read(record, url).status).toBe('unrecognised');
    expect(adapterFromRule(rule({ emailSelector: 'a[[' })).read(record, url).status).toBe('unrecognised');
    expect(adapterFromRule(rule({ emailSelector: 'a >>>' })).read(record, url).status).toBe('unrecognised');
    const empty = page('<p class="email-text"></p>');
    expect(adapterFromRule(rule({ emailSelector: '.email-text', emailAttribute: undefined })).read(empty, url).status).toBe(
      'none',
    );
  });

  it('reads through open shadow roots and same-origin iframes with " >>> "', () => {
    const doc = page('<crm-card></crm-card><iframe></iframe>');
    const inner = doc.querySelector('crm-card')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b>Anna Petrova</b><a href="mailto:anna.petrova@acme-logistics.example">write</a>';
    const ctx = adapterFromRule(
      rule({ emailSelector: 'crm-card >>> a[href^="mailto:"]', emailAttribute: 'href', nameSelector: 'crm-card >>> b' }),
    ).read(doc, url);
    expect(ctx.status).toBe('record');
    expect(ctx.people).toEqual([expect.objectContaining({ email: 'anna.petrova@acme-logistics.example', name: 'Anna Petrova' })]);
  });

  it('matches its URL pattern and accepts its own sample', () => {
    const a = adapterFromRule(rule());
    expect(a.name).toBe('rule:r1');
    expect(a.samples.accepts).toEqual(['http://127.0.0.1:8000/']);
    expect(a.matchesUrl(url)).toBe(true);
    expect(a.matchesUrl(new URL('http://127.0.0.1:9000/contacts/17'))).toBe(false);
  });
});

describe('match patterns', () => {
  it.each([
    ['https://crm.example.com/*', 'https://crm.example.com/deals/1?x=1#top', true],
    ['https://crm.example.com/*', 'http://crm.example.com/', false],
    ['*://crm.example.com/app/*', 'http://crm.example.com/app/contacts', true],
    ['*://crm.example.com/app/*', 'https://crm.example.com/other', false],
    ['https://*.example.org/*', 'https://example.org/', true],
    ['https://*.example.org/*', 'https://eu.crm.example.org/x', true],
    ['https://*.example.org/*', 'https://badexample.org/', false],
    ['http://localhost/*', 'http://localhost:5173/page', true],
    ['http://127.0.0.1:8000/*', 'http://127.0.0.1:8000/?_task=mail', true],
    ['http://127.0.0.1:8000/*', 'http://127.0.0.1:8001/', false],
    ['https://*/*', 'https://anything.example/', true],
    ['not a pattern', 'https://x.example/', false],
  ])('%s ~ %s = %s', (pattern, href, expected) => {
    expect(matchesPattern(pattern, new URL(href))).toBe(expected);
    expect(matchesPattern(pattern, href)).toBe(expected);
  });

  it('gives a sample URL the pattern accepts', () => {
    for (const pattern of ['https://crm.example.com/*', '*://*.example.org/app/*', 'http://127.0.0.1:8000/x/*']) {
      expect(matchesPattern(pattern, new URL(sampleUrl(pattern)))).toBe(true);
    }
  });
});
