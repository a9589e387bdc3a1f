// @vitest-environment happy-dom
import { hubspotAdapter } from '@/lib/adapters/hubspot';
import { hubspotRecordOf } from '@/lib/adapters/hubspot/parse';
import { findAdapter } from '@/lib/adapters/registry';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture } from './fixtures';

const PAGES = ['2026-12-contact', '2026-12-company-website', '2026-12-deal', '2026-12-list-view', '2026-12-legacy-contact'];

describe('HubSpot adapter: golden pages', () => {
  it.each(PAGES)('%s reads as expected', (name) => {
    const { doc, url, expected } = loadFixture('hubspot', name);
    const ctx = hubspotAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
    expect(findAdapter(url, doc)?.name).toBe('hubspot');
  });
});

describe('HubSpot adapter: details', () => {
  it("reads the contact's own addresses, never the activity timeline's or the associated contacts'", () => {
    const { doc, url } = loadFixture('hubspot', '2026-12-contact');
    const additional = doc.createElement('input');
    additional.setAttribute('data-selenium-test', 'property-input-hs_additional_emails');
    additional.value = 'igor@acme-group.example; i.smirnov@acme-logistics.example';
    doc.querySelector('[data-test-id="left-sidebar"] section')!.append(additional);
    const ctx = PageContext.parse(hubspotAdapter.read(doc, url));
    expect(ctx.people.map((p) => [p.email, p.name])).toEqual([
      ['igor.smirnov@acme-logistics.example', 'Igor Smirnov'],
      ['igor@acme-group.example', 'Igor Smirnov'],
      ['i.smirnov@acme-logistics.example', 'Igor Smirnov'],
    ]);
  });

  it("reads an input's current value, as React sets it", () => {
    const { doc, url } = loadFixture('hubspot', '2026-12-company-website');
    doc.querySelector<HTMLInputElement>('[data-selenium-test="property-input-domain"]')!.value = 'www.pohjoinen.example';
    expect(hubspotAdapter.read(doc, url).websites).toEqual(['www.pohjoinen.example']);
  });

  it('is "unrecognised" on a record URL without the record sidebar, "none" elsewhere', () => {
    const { doc, url } = loadFixture('hubspot', '2026-12-contact');
    doc.querySelector('[data-test-id="left-sidebar"]')!.remove();
    expect(hubspotAdapter.read(doc, url).status).toBe('unrecognised');
    expect(hubspotAdapter.read(doc, new URL('https://app.hubspot.com/reports-dashboard/48215793/view/1')).status).toBe('none');
  });

  it('reads the record type and id from current and older URLs', () => {
    const of = (path: string) => hubspotRecordOf(new URL(`https://app.hubspot.com${path}`));
    expect(of('/contacts/48215793/record/0-1/90214551')).toEqual({ type: 'contact', id: '90214551' });
    expect(of('/contacts/48215793/record/0-2/17752309912/view/1')).toEqual({ type: 'company', id: '17752309912' });
    expect(of('/contacts/48215793/record/0-3/31208455672')).toEqual({ type: 'deal', id: '31208455672' });
    expect(of('/contacts/48215793/record/0-136/4412')).toEqual({ type: 'lead', id: '4412' });
    expect(of('/contacts/48215793/record/0-5/777')).toEqual({ type: 'other', id: '777' });
    expect(of('/contacts/48215793/company/17752309912')).toEqual({ type: 'company', id: '17752309912' });
    expect(of('/contacts/48215793/objects/0-1/views/all/list')).toBeNull();
    expect(of('/contacts/48215793/record/0-1/')).toBeNull();
  });

  it('rejects other hosts', () => {
    for (const href of [
      'https://www.hubspot.com/contacts/1/record/0-1/2',
      'http://app.hubspot.com/contacts/1/record/0-1/2',
      'https://app.hubspot.com.evil.example/',
    ])
      expect(hubspotAdapter.matchesUrl(new URL(href)), href).toBe(false);
  });
});
