// @vitest-environment happy-dom
import { zohoAdapter } from '@/lib/adapters/zoho';
import { findAdapter } from '@/lib/adapters/registry';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture } from './fixtures';

const VIEWS = ['2026-12-contact', '2026-12-contact-switched', '2026-12-account', '2026-12-deal', '2026-12-lead', '2026-12-list'];

describe('Zoho CRM adapter: golden pages', () => {
  it.each(VIEWS)('%s reads as expected', (name) => {
    const { doc, url, expected } = loadFixture('zoho', name);
    expect(findAdapter(url, doc)?.name).toBe('zoho');
    const ctx = zohoAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
  });
});

describe('Zoho CRM adapter: details', () => {
  it('reads a contact: its address once (the business card repeats it), its name, record and account', () => {
    const { doc, url } = loadFixture('zoho', '2026-12-contact');
    expect(doc.querySelectorAll('[id="subvalue_EMAIL"]').length).toBeGreaterThan(1);
    const ctx = PageContext.parse(zohoAdapter.read(doc, url));
    expect(ctx.status).toBe('record');
    expect(ctx.record).toEqual({ crm: 'zoho', type: 'contact', id: '4876876000000345001' });
    expect(ctx.people).toEqual([{ email: 'igor.smirnov@acme-logistics.example', name: 'Igor Smirnov', role: 'record' }]);
    expect(ctx.companyName).toBe('Acme Logistics');
  });

  it('reads an account with only a website: no people, the website and the account name', () => {
    const { doc, url } = loadFixture('zoho', '2026-12-account');
    const ctx = PageContext.parse(zohoAdapter.read(doc, url));
    expect(ctx.record?.type).toBe('company');
    expect(ctx.people).toEqual([]);
    expect(ctx.websites).toEqual(['www.pohjoinen.example']);
    expect(ctx.companyName).toBe('Pohjoinen Oy');
  });

  it('a deal (module Potentials) is a record of type deal with the account, even without an email', () => {
    const { doc, url } = loadFixture('zoho', '2026-12-deal');
    const ctx = PageContext.parse(zohoAdapter.read(doc, url));
    expect([ctx.status, ctx.record?.type, ctx.people.length, ctx.companyName]).toEqual(['record', 'deal', 0, 'Acme Logistics']);
  });

  it('list views and other routes are "none", whatever the page shows', () => {
    const { doc } = loadFixture('zoho', '2026-12-list');
    const contact = loadFixture('zoho', '2026-12-contact').doc;
    for (const path of [
      'tab/Contacts/custom-view/4876876000000087501/list',
      'tab/Home/begin',
      'tab/Contacts/4876876000000345001/edit',
    ])
      expect(zohoAdapter.read(contact, new URL(`https://crm.zoho.com/crm/org20071234567/${path}`)).status, path).toBe('none');
    expect(zohoAdapter.read(doc, new URL('https://crm.zoho.com/crm/org20071234567/tab/Leads')).status).toBe('none');
  });

  it('a record route whose detail view shows none of its field ids is "unrecognised"', () => {
    const { doc, url } = loadFixture('zoho', '2026-12-list');
    expect(zohoAdapter.read(doc, new URL(url.origin + '/crm/org20071234567/tab/Contacts/4876876000000345001')).status).toBe(
      'unrecognised',
    );
  });

  it('skips a hidden detail view left over from the previous record', () => {
    const { doc, url } = loadFixture('zoho', '2026-12-contact');
    doc.querySelectorAll('[id="subvalue_EMAIL"]').forEach((el) => el.parentElement!.setAttribute('hidden', ''));
    const ctx = zohoAdapter.read(doc, url);
    expect(ctx.status).toBe('record');
    expect(ctx.people).toEqual([]);
  });

  it('module names outside the four standard ones are records of type "other"', () => {
    const { doc } = loadFixture('zoho', '2026-12-deal');
    const ctx = zohoAdapter.read(doc, new URL('https://crm.zoho.com/crm/org1/tab/CustomModule3/4876876000000999001'));
    expect(ctx.record).toEqual({ crm: 'zoho', type: 'other', id: '4876876000000999001' });
  });

  it('accepts only Zoho CRM hosts over https', () => {
    expect(zohoAdapter.matchesUrl(new URL('https://crm.zoho.com/crm/org1/tab/Contacts/4876876000000345001'))).toBe(true);
    for (const url of [
      'http://crm.zoho.com/crm/org1/tab/Contacts/1',
      'https://mail.zoho.com/zm/',
      'https://crm.zoho.com.evil.example/crm/',
      'https://www.zoho.com/crm/',
    ])
      expect(zohoAdapter.matchesUrl(new URL(url)), url).toBe(false);
  });
});
