// @vitest-environment happy-dom
import fc from 'fast-check';
import { pipedriveAdapter } from '@/lib/adapters/pipedrive';
import { pipedriveRecordOf } from '@/lib/adapters/pipedrive/parse';
import { findAdapter } from '@/lib/adapters/registry';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture } from './fixtures';

const views = ['2026-12-person', '2026-12-organization', '2026-12-deal', '2026-12-lead', '2026-12-list'];

describe('Pipedrive adapter: golden pages', () => {
  it.each(views)('%s reads as expected and is the adapter the registry picks', (name) => {
    const { doc, url, expected } = loadFixture('pipedrive', name);
    const ctx = pipedriveAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
    expect(findAdapter(url, doc)?.name).toBe('pipedrive');
  });
});

describe('Pipedrive adapter: details', () => {
  it("reads a person's email from the fields, never the people quoted in the feed beside them", () => {
    const { doc, url } = loadFixture('pipedrive', '2026-12-person');
    expect(pipedriveAdapter.read(doc, url).people?.map((p) => p.email)).toEqual(['anna.petrova@acme-logistics.example']);
  });

  it("takes an organization's website from its field, never its social profiles", () => {
    const { doc, url } = loadFixture('pipedrive', '2026-12-organization');
    expect(pipedriveAdapter.read(doc, url).websites).toEqual(['https://www.pohjoinen.example/fi']);
  });

  it('a deal without an email is still a record: its id, type and organization name', () => {
    const { doc, url } = loadFixture('pipedrive', '2026-12-deal');
    const ctx = pipedriveAdapter.read(doc, url);
    expect([ctx.status, ctx.record, ctx.companyName, ctx.people]).toEqual([
      'record',
      { crm: 'pipedrive', type: 'deal', id: '7' },
      'Baltic Reefer AB',
      [],
    ]);
  });

  it('is "unrecognised" on a record route whose detail view it cannot read, keeping the record', () => {
    const { doc, url } = loadFixture('pipedrive', '2026-12-deal');
    doc.querySelector('[data-test="header-title"]')!.remove();
    doc.querySelectorAll('h1').forEach((h) => h.remove());
    const ctx = pipedriveAdapter.read(doc, url);
    expect([ctx.status, ctx.record?.id]).toEqual(['unrecognised', '7']);
  });

  it('lists, the pipeline and other views are "none"', () => {
    const { doc } = loadFixture('pipedrive', '2026-12-person');
    for (const path of ['/persons/list', '/organizations/list', '/pipeline', '/pipeline/1/user/everyone', '/activities/list'])
      expect(pipedriveAdapter.read(doc, new URL(`https://kam-demo.pipedrive.com${path}`)).status, path).toBe('none');
  });

  it('names records by route, with an id the path spells out (property)', () => {
    expect(pipedriveRecordOf(new URL('https://a.pipedrive.com/organization/42/people'))).toEqual({
      crm: 'pipedrive',
      type: 'company',
      id: '42',
    });
    expect(pipedriveRecordOf(new URL('https://a.pipedrive.com/deal/7x'))).toBeUndefined();
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        const record = pipedriveRecordOf(new URL(`https://a.pipedrive.com${path}`));
        // A record is only ever named by an id its path spells out.
        if (record) expect(path.toLowerCase()).toContain(`/${record.id}`);
      }),
    );
  });

  it('accepts only the subdomains of pipedrive.com over https', () => {
    for (const u of [
      'https://pipedrive.com.evil.example/person/1',
      'http://a.pipedrive.com/person/1',
      'https://a.b.pipedrive.com/x',
    ])
      expect(pipedriveAdapter.matchesUrl(new URL(u)), u).toBe(false);
  });
});
