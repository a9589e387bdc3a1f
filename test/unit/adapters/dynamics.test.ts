// @vitest-environment happy-dom
import { dynamicsAdapter } from '@/lib/adapters/dynamics';
import { findAdapter } from '@/lib/adapters/registry';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture } from './fixtures';

const VIEWS = [
  '2026-12-contact',
  '2026-12-contact-switched',
  '2026-12-account',
  '2026-12-opportunity',
  '2026-12-lead',
  '2026-12-list',
];

describe('Dynamics 365 adapter: golden pages', () => {
  it.each(VIEWS)('%s reads as expected', (name) => {
    const { doc, url, expected } = loadFixture('dynamics', name);
    expect(findAdapter(url, doc)?.name).toBe('dynamics');
    const ctx = dynamicsAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
  });
});

describe('Dynamics 365 adapter: details', () => {
  it('reads a contact form: the email input, the header name, the record and its account', () => {
    const { doc, url } = loadFixture('dynamics', '2026-12-contact');
    const ctx = PageContext.parse(dynamicsAdapter.read(doc, url));
    expect(ctx.record).toEqual({ crm: 'dynamics', type: 'contact', id: '5b1f6a4e-8d2c-4f3a-9b7e-1c2d3e4f5a6b' });
    expect(ctx.people).toEqual([{ email: 'anna.petrova@acme-logistics.example', name: 'Anna Petrova', role: 'record' }]);
    expect(ctx.companyName).toBe('Acme Logistics');
  });

  it('reads what the input holds now, not only the attribute the page was served with', () => {
    const { doc, url } = loadFixture('dynamics', '2026-12-contact');
    const input = doc.querySelector<HTMLInputElement>('[data-id="emailaddress1.fieldControl-mail-text-input"]')!;
    input.value = 'igor.smirnov@acme-logistics.example';
    expect(dynamicsAdapter.read(doc, url).people?.[0]?.email).toBe('igor.smirnov@acme-logistics.example');
  });

  it("reads only the record's form, not a quick-create flyout over it", () => {
    const { doc, url } = loadFixture('dynamics', '2026-12-account');
    doc.getElementById('__flyoutRootNode')!.innerHTML =
      '<div data-id="quickCreateRoot"><input data-id="emailaddress1.fieldControl-mail-text-input" value="new.person@other.example"></div>';
    expect(dynamicsAdapter.read(doc, url).people).toEqual([]);
  });

  it('reads an account with only a website; its empty email field and the contacts grid add no one', () => {
    const { doc, url } = loadFixture('dynamics', '2026-12-account');
    const ctx = PageContext.parse(dynamicsAdapter.read(doc, url));
    expect(ctx.record?.type).toBe('company');
    // The id arrives in braces and upper case (%7B…%7D): the record id is the bare GUID.
    expect(ctx.record?.id).toBe('6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0');
    expect(ctx.people).toEqual([]);
    expect(ctx.websites).toEqual(['https://www.tbilisi-wine.example']);
    expect(ctx.companyName).toBe('Tbilisi Wine House');
  });

  it('an opportunity is a deal with its account and no people', () => {
    const { doc, url } = loadFixture('dynamics', '2026-12-opportunity');
    const ctx = PageContext.parse(dynamicsAdapter.read(doc, url));
    expect([ctx.status, ctx.record?.type, ctx.people.length, ctx.companyName]).toEqual(['record', 'deal', 0, 'Acme Logistics']);
  });

  it('lists, dashboards and a new record\'s form are "none"; a record without its form is "unrecognised"', () => {
    const { doc, url } = loadFixture('dynamics', '2026-12-contact');
    const at = (query: string) => new URL(`${url.origin}/main.aspx?appid=7f2f3c4e-1a2b-4c5d-8e9f-0a1b2c3d4e5f&${query}`);
    expect(dynamicsAdapter.read(doc, at('pagetype=entitylist&etn=contact')).status).toBe('none');
    expect(dynamicsAdapter.read(doc, at('pagetype=dashboard')).status).toBe('none');
    expect(dynamicsAdapter.read(doc, at('pagetype=entityrecord&etn=contact')).status).toBe('none');
    expect(dynamicsAdapter.read(doc, at('pagetype=entityrecord&etn=contact&id=not-a-guid')).status).toBe('none');
    const list = loadFixture('dynamics', '2026-12-list').doc;
    expect(dynamicsAdapter.read(list, url).status).toBe('unrecognised');
  });

  it('other entities are records of type "other"', () => {
    const { doc } = loadFixture('dynamics', '2026-12-opportunity');
    const url = new URL(
      'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=quote&id=11111111-2222-4333-8444-555555555555',
    );
    expect(dynamicsAdapter.read(doc, url).record).toEqual({
      crm: 'dynamics',
      type: 'other',
      id: '11111111-2222-4333-8444-555555555555',
    });
  });

  it('accepts organisation hosts of every region, over https only', () => {
    for (const host of ['contoso.crm.dynamics.com', 'contoso.crm4.dynamics.com', 'org1a2b.crm21.dynamics.com'])
      expect(dynamicsAdapter.matchesUrl(new URL(`https://${host}/main.aspx`)), host).toBe(true);
    for (const url of [
      'http://contoso.crm.dynamics.com/main.aspx',
      'https://crm.dynamics.com/',
      'https://contoso.crm4.dynamics.com.evil.example/main.aspx',
      'https://make.powerapps.com/',
    ])
      expect(dynamicsAdapter.matchesUrl(new URL(url)), url).toBe(false);
  });
});
