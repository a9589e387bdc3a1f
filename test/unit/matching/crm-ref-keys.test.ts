import fc from 'fast-check';
import { crmRefKeys, crmSystemId, normaliseRecordUrl, pageCrmKeys, refIsRecord } from '@/lib/matching';

describe('normaliseRecordUrl', () => {
  it.each([
    ['https://acme.pipedrive.com/person/42#notes', 'https://acme.pipedrive.com/person/42'],
    ['https://ACME.pipedrive.com:443/person/42/', 'https://acme.pipedrive.com/person/42'],
    ['https://acme.pipedrive.com/person/42?utm_source=mail&utm_medium=x&gclid=1', 'https://acme.pipedrive.com/person/42'],
    [
      'https://org.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=7&fbclid=z',
      'https://org.crm4.dynamics.com/main.aspx?etn=account&id=7&pagetype=entityrecord',
    ],
    ['  https://crm.example.com/  ', 'https://crm.example.com/'],
    ['mailto:anna@acme.example', ''],
    ['javascript:alert(1)', ''],
    ['not a url', ''],
    ['', ''],
  ])('%s → %s', (raw, normal) => expect(normaliseRecordUrl(raw)).toBe(normal));

  const webUrl = fc.webUrl({ withQueryParameters: true, withFragments: true });

  it('is idempotent and never throws (property)', () => {
    fc.assert(
      fc.property(fc.oneof(webUrl, fc.string({ maxLength: 300 })), (raw) => {
        const once = normaliseRecordUrl(raw);
        expect(normaliseRecordUrl(once)).toBe(once);
      }),
    );
  });

  it('ignores fragments and tracking parameters, keeps the parameters that name the record (property)', () => {
    const tracker = fc.constantFrom('utm_source', 'utm_campaign', 'gclid', 'fbclid', 'msclkid', '_hsenc', 'mc_cid');
    fc.assert(
      fc.property(webUrl, tracker, fc.string({ maxLength: 20 }), fc.string({ maxLength: 30 }), (raw, key, value, fragment) => {
        const base = new URL(raw);
        base.hash = '';
        const tracked = new URL(base.href);
        tracked.searchParams.append(key, value);
        tracked.hash = fragment;
        expect(normaliseRecordUrl(tracked.href)).toBe(normaliseRecordUrl(base.href));
        const other = new URL(base.href);
        other.searchParams.append('id', `${value}x`);
        expect(normaliseRecordUrl(other.href)).not.toBe(normaliseRecordUrl(base.href));
      }),
    );
  });

  it('takes time linear in the input (a long address is refused, a long query is cheap)', () => {
    const start = performance.now();
    expect(normaliseRecordUrl(`https://a.example/?${'utm_a=1&'.repeat(400)}`)).toBe('https://a.example/');
    expect(normaliseRecordUrl(`https://a.example/${'x'.repeat(10_000)}`)).toBe('');
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('CRM record keys', () => {
  const page = 'https://acme.pipedrive.com/deal/7';
  const record = { crm: 'pipedrive', type: 'deal', id: '7' };

  it('a stored link with id and type matches the same record at any address, never another type', () => {
    const ref = { url: 'https://acme.pipedrive.com/deal/7?tab=notes', system: 'pipedrive', recordId: '7', recordType: 'deal' };
    expect(refIsRecord(ref, 'https://acme.pipedrive.com/deal/7/activities', record)).toBe(true);
    expect(refIsRecord(ref, 'https://acme.pipedrive.com/person/7', { ...record, type: 'contact' })).toBe(false);
  });

  it("a backup's link with only an address matches that page; with a CRM name and id, every type of that id", () => {
    expect(refIsRecord({ url: `${page}#x` }, page, record)).toBe(true);
    expect(refIsRecord({ url: 'https://x.example/r/1', system: 'Pipedrive', recordId: '7' }, page, record)).toBe(true);
    expect(refIsRecord({ url: 'https://x.example/r/1', system: 'HubSpot', recordId: '7' }, page, record)).toBe(false);
  });

  it('names built-in CRMs by id whatever the backup wrote', () => {
    expect(crmSystemId(' Zoho CRM ')).toBe('zoho');
    expect(crmSystemId('DYNAMICS 365')).toBe('dynamics');
    expect(crmSystemId('In-house CRM')).toBe('in-house crm');
  });

  it('gives no key for an entry without an address or id, and none twice', () => {
    expect(crmRefKeys([{ url: 'not a url' }, { url: 'https://a.example/1' }, { url: 'https://a.example/1#b' }])).toEqual([
      'u:https://a.example/1',
    ]);
    expect(pageCrmKeys('about:blank')).toEqual([]);
  });
});
