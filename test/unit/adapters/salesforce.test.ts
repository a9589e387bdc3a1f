// @vitest-environment happy-dom
import { salesforceAdapter } from '@/lib/adapters/salesforce';
import { salesforceRecordOf, salesforceRecordType } from '@/lib/adapters/salesforce/parse';
import { findAdapter } from '@/lib/adapters/registry';
import { PageContext } from '@/lib/schema/page-context';
import { attachDeclarativeShadowRoots, loadFixture } from './fixtures';

const PAGES = [
  '2026-12-contact',
  '2026-12-account-website',
  '2026-12-opportunity',
  '2026-12-lead',
  '2026-12-list-view',
  '2026-12-console',
];
const ORG = 'https://keyside-demo.lightning.force.com';

describe('Salesforce adapter: golden pages', () => {
  it.each(PAGES)('%s reads as expected', (name) => {
    const { doc, url, expected } = loadFixture('salesforce', name);
    const ctx = salesforceAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
    expect(findAdapter(url, doc)?.name).toBe('salesforce');
  });
});

describe('Salesforce adapter: details', () => {
  it("reads the contact's email from inside shadow roots, never its related list or activity", () => {
    const { doc, url } = loadFixture('salesforce', '2026-12-contact');
    // The golden page renders its output components with native shadow: the links are not light DOM.
    expect(doc.querySelector('a[href^="mailto:anna"]')).toBeNull();
    const ctx = PageContext.parse(salesforceAdapter.read(doc, url));
    expect(ctx.people.map((p) => p.email)).toEqual(['anna.petrova@acme-logistics.example']);
    expect(ctx.record).toEqual({ crm: 'salesforce', type: 'contact', id: '003Aa00000AnPetAAB' });
  });

  it('reads the record page that is shown, not one kept hidden from an earlier visit', () => {
    const { doc, url } = loadFixture('salesforce', '2026-12-contact');
    const [stale, open] = doc.querySelectorAll('one-record-home-flexipage2');
    stale!.removeAttribute('style');
    open!.setAttribute('style', 'display: none');
    const ctx = salesforceAdapter.read(doc, url);
    expect(ctx.people?.map((p) => p.email)).toEqual(['maria.ivanova@severny-veter.example']);
  });

  it('finds the record page inside a shadow root when the light DOM holds only hidden ones', () => {
    const { doc, url } = loadFixture('salesforce', '2026-12-contact');
    const [, open] = doc.querySelectorAll('one-record-home-flexipage2');
    const app = doc.createElement('one-app-container');
    open!.replaceWith(app);
    app.attachShadow({ mode: 'open' }).append(open!);
    expect(salesforceAdapter.read(doc, url).people?.map((p) => p.email)).toEqual(['anna.petrova@acme-logistics.example']);
  });

  it('follows the console to the active tab', () => {
    const { doc } = loadFixture('salesforce', '2026-12-console');
    const tabs = doc.querySelectorAll('.oneConsoleTab');
    tabs[1]!.classList.remove('active');
    tabs[1]!.setAttribute('style', 'display: none');
    tabs[0]!.classList.add('active');
    tabs[0]!.removeAttribute('style');
    const account = new URL(`${ORG}/lightning/r/Account/001Aa00000AcmLgAAE/view`);
    const ctx = salesforceAdapter.read(doc, account);
    expect(ctx.record).toEqual({ crm: 'salesforce', type: 'company', id: '001Aa00000AcmLgAAE' });
    expect(ctx.people).toEqual([]);
    expect(ctx.websites).toEqual(['www.acme-logistics.example']);
    expect(ctx.layout).toBe('console');
  });

  it('is "unrecognised" on a record URL whose page shows no highlights and no field', () => {
    const { doc, url } = loadFixture('salesforce', '2026-12-opportunity');
    doc.querySelectorAll('records-lwc-highlights-panel, [data-target-selection-name]').forEach((el) => el.remove());
    expect(salesforceAdapter.read(doc, url).status).toBe('unrecognised');
    doc.querySelectorAll('one-record-home-flexipage2').forEach((el) => el.remove());
    expect(salesforceAdapter.read(doc, url).status).toBe('unrecognised');
  });

  it('is "none" on list views and home, whatever they show', () => {
    const { doc } = loadFixture('salesforce', '2026-12-contact');
    for (const path of [
      '/lightning/o/Contact/list?filterName=Recent',
      '/lightning/page/home',
      '/lightning/setup/SetupOneHome/home',
    ])
      expect(salesforceAdapter.read(doc, new URL(ORG + path)).status).toBe('none');
  });

  it('reads the record from the path, else from the console workspace', () => {
    expect(salesforceRecordOf(new URL(`${ORG}/lightning/r/Contact/003Aa00000AnPetAAB/view`))).toEqual({
      object: 'Contact',
      id: '003Aa00000AnPetAAB',
    });
    expect(salesforceRecordOf(new URL(`${ORG}/lightning/r/003Aa00000AnPet/view`))).toEqual({ object: '', id: '003Aa00000AnPet' });
    const ws = `${ORG}/lightning/o/Case/list?ws=${encodeURIComponent('/lightning/r/Account/001Aa00000AcmLgAAE/view')}`;
    expect(salesforceRecordOf(new URL(ws))).toEqual({ object: 'Account', id: '001Aa00000AcmLgAAE' });
    expect(salesforceRecordOf(new URL(`${ORG}/lightning/r/Contact/003Aa00000AnPetAAB/related/Cases/view`))).toBeNull();
    expect(salesforceRecordOf(new URL(`${ORG}/lightning/r/Contact/short/view`))).toBeNull();
    expect(['Contact', 'Account', 'Opportunity', 'Lead', 'Case', 'toString', 'Invoice__c'].map(salesforceRecordType)).toEqual([
      'contact',
      'company',
      'deal',
      'lead',
      'other',
      'other',
      'other',
    ]);
  });

  it('reads fields rendered in light DOM too (synthetic shadow)', () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.body.innerHTML = `<one-record-home-flexipage2>
      <div data-target-selection-name="sfdc:RecordField.Contact.Email"><lightning-formatted-email>
        <a href="mailto:Igor.Smirnov@acme-logistics.example">Igor.Smirnov@acme-logistics.example</a></lightning-formatted-email></div>
      <div data-target-selection-name="sfdc:RecordField.Contact.AccountId"><force-lookup><a>Acme Logistics</a></force-lookup></div>
    </one-record-home-flexipage2>`;
    attachDeclarativeShadowRoots(doc);
    const ctx = salesforceAdapter.read(doc, new URL(`${ORG}/lightning/r/Contact/003Aa00000IgSmiAAB/view`));
    expect(ctx.status).toBe('record');
    expect(ctx.people).toEqual([{ email: 'igor.smirnov@acme-logistics.example', name: '', role: 'record' }]);
    expect(ctx.companyName).toBe('Acme Logistics');
  });
});
