// @vitest-environment happy-dom
import fc from 'fast-check';
import { hubspotAdapter } from '@/lib/adapters/hubspot';
import { hubspotRecordOf } from '@/lib/adapters/hubspot/parse';
import { salesforceAdapter } from '@/lib/adapters/salesforce';
import { salesforceRecordOf } from '@/lib/adapters/salesforce/parse';
import { PageContext } from '@/lib/schema/page-context';

/**
 * CRM pages are outside input: whatever the URL and the markup, the Salesforce and HubSpot
 * adapters never throw, give a context the worker accepts, and take their record from the URL
 * only when it names one.
 */
const segment = fc.oneof(
  fc.constantFrom(
    'lightning',
    'r',
    'o',
    'view',
    'Contact',
    'Account',
    'contacts',
    'record',
    '0-1',
    '0-2',
    '003Aa00000AnPetAAB',
    '48215793',
    'related',
    '',
  ),
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', '-', '_', '%', '.', '~'), maxLength: 24 }),
);
const path = fc.array(segment, { maxLength: 8 }).map((parts) => `/${parts.join('/')}`);

const piece = fc.oneof(
  fc.constantFrom(
    '<one-record-home-flexipage2>',
    '</one-record-home-flexipage2>',
    '<records-lwc-highlights-panel>',
    '<h1 slot="primaryField">Anna</h1>',
    '<div data-target-selection-name="sfdc:RecordField.Contact.Email">',
    '<div data-target-selection-name="sfdc:RecordField.Account.Website"><lightning-formatted-url><a href="http://x.example">x.example</a></lightning-formatted-url>',
    '<div data-target-selection-name="sfdc:RecordField.">',
    '<a href="mailto:a@b.example">a@b.example</a>',
    '<a href="mailto:%%%">',
    '<div data-test-id="left-sidebar">',
    '<span data-selenium-test="highlightTitle">Igor</span>',
    '<input data-selenium-test="property-input-email" value="x@y.example; bad@@">',
    '<input data-selenium-test="property-input-domain" value="https://">',
    '<textarea data-selenium-test="property-input-company">Acme</textarea>',
    '<div style="display:none">',
    '</div>',
  ),
  fc.string({ maxLength: 40 }),
);
const markup = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('CRM adapters (property)', () => {
  it('never throw and give valid contexts on any page at any path', () => {
    fc.assert(
      fc.property(path, markup, (p, html) => {
        document.body.innerHTML = html;
        for (const [adapter, origin] of [
          [salesforceAdapter, 'https://keyside-demo.lightning.force.com'],
          [hubspotAdapter, 'https://app.hubspot.com'],
        ] as const) {
          const url = new URL(origin + p);
          const ctx = adapter.read(document, url);
          expect(() => PageContext.parse(ctx)).not.toThrow();
          if (ctx.status === 'record') expect(ctx.record?.id).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('read the record id only from a path that names one, in linear time on long paths', () => {
    fc.assert(
      fc.property(path, (p) => {
        const sf = salesforceRecordOf(new URL(`https://o.lightning.force.com${p}`));
        if (sf) expect(p).toContain(sf.id);
        const hs = hubspotRecordOf(new URL(`https://app.hubspot.com${p}`));
        if (hs) expect(p).toMatch(new RegExp(`/${hs.id}(/|$)`));
      }),
      { numRuns: 500 },
    );
    const long = '/lightning/r/' + 'A'.repeat(100_000) + '/view';
    const started = performance.now();
    expect(salesforceRecordOf(new URL(`https://o.lightning.force.com${long}`))).toBeNull();
    expect(hubspotRecordOf(new URL(`https://app.hubspot.com/contacts/${'1'.repeat(100_000)}/record/0-1/2`))).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
