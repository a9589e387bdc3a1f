// @vitest-environment happy-dom
import fc from 'fast-check';
import { dynamicsAdapter } from '@/lib/adapters/dynamics';
import { readRecordFields } from '@/lib/adapters/record-fields';
import { zohoAdapter } from '@/lib/adapters/zoho';
import { PageContext } from '@/lib/schema/page-context';

/** A page with one Zoho-style and one Dynamics-style email and website field holding `value`. */
function pageWith(value: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  for (const id of ['subvalue_EMAIL', 'subvalue_WEBSITE']) {
    const el = doc.createElement('a');
    el.id = id;
    el.textContent = value;
    doc.body.append(el);
  }
  for (const dataId of ['emailaddress1.fieldControl-mail-text-input', 'websiteurl.fieldControl-url-text-input']) {
    const input = doc.createElement('input');
    input.setAttribute('data-id', dataId);
    input.setAttribute('value', value);
    doc.body.append(input);
  }
  const root = doc.createElement('div');
  root.setAttribute('data-id', 'editFormRoot');
  doc.body.append(root);
  const header = doc.createElement('span');
  header.id = 'headervalue_LASTNAME';
  header.textContent = value;
  doc.body.append(header);
  return doc;
}

const fieldText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', '.', '@', '/', ' ', ':', '-'), maxLength: 80 }),
  fc.emailAddress(),
  fc.webUrl(),
  fc.domain(),
);

const ZOHO = 'https://crm.zoho.com/crm/org1/tab/Contacts/4876876000000345001';
const DYNAMICS =
  'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=11111111-2222-4333-8444-555555555555';

describe('CRM record fields (property)', () => {
  it('whatever a field holds, both adapters give a valid record context and never throw', () => {
    fc.assert(
      fc.property(fieldText, (value) => {
        const doc = pageWith(value);
        for (const [adapter, url] of [
          [zohoAdapter, ZOHO],
          [dynamicsAdapter, DYNAMICS],
        ] as const) {
          const ctx = adapter.read(doc, new URL(url));
          expect(ctx.status).toBe('record');
          expect(PageContext.safeParse(ctx).success).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
    // Each run builds a page and validates two contexts: slow on a loaded machine, not a hang.
  }, 20_000);

  it('an email read is an address (with "@"), a website read never is', () => {
    fc.assert(
      fc.property(fieldText, (value) => {
        const { emails, websites } = readRecordFields(
          pageWith(value),
          ['[id="subvalue_EMAIL"]', '[data-id$=".fieldControl-mail-text-input"]'],
          ['[id="subvalue_WEBSITE"]', '[data-id="websiteurl.fieldControl-url-text-input"]'],
        );
        expect(emails.length).toBeLessThanOrEqual(1);
        for (const e of emails) expect(e).toMatch(/^[^@\s]+@[^@\s]+$/);
        // The host part (before any path, query or fragment) never holds an address's "@".
        for (const w of websites) expect(w.replace(/^https?:\/\//i, '').split(/[/?#]/)[0]).not.toContain('@');
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('reads record URLs of any shape without throwing, and a long field in linear time', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.webQueryParameters(), (path, query) => {
        for (const host of ['https://crm.zoho.eu', 'https://contoso.crm4.dynamics.com']) {
          const url = new URL(`${host}${path}?${query}`);
          const adapter = host.includes('zoho') ? zohoAdapter : dynamicsAdapter;
          expect(['none', 'unrecognised', 'record']).toContain(adapter.read(document, url).status);
        }
      }),
      { numRuns: 300 },
    );
    // A dotted run that almost looks like a host, ending where no host may: no backtracking blow-up.
    const long = `${'a.'.repeat(50_000)}@`;
    const started = performance.now();
    readRecordFields(pageWith(long), [], ['[id="subvalue_WEBSITE"]']);
    // Quadratic backtracking over 100 000 characters would take minutes; linear takes milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
