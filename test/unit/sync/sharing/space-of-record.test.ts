import fc from 'fast-check';
import { ACCOUNT_KEYED_TABLES, PERSONAL_SPACE, spaceLookup, spaceOfRecord } from '@/lib/sync/sharing/space-of-record';

const lookup = spaceLookup([
  { spaceId: 'space-a', accountId: 'acc-a' },
  { spaceId: 'space-b', accountId: 'acc-b' },
]);

describe('spaceOfRecord', () => {
  it('puts a shared account and everything of its dossier in its space, the rest in the personal one', () => {
    expect(spaceOfRecord('accounts', { id: 'acc-a', name: 'Acme' }, lookup)).toBe('space-a');
    expect(spaceOfRecord('accounts', { id: 'acc-z' }, lookup)).toBe(PERSONAL_SPACE);
    for (const table of ACCOUNT_KEYED_TABLES) {
      expect(spaceOfRecord(table, { id: 'r1', accountId: 'acc-b' }, lookup)).toBe('space-b');
      expect(spaceOfRecord(table, { id: 'r1', accountId: 'acc-z' }, lookup)).toBe(PERSONAL_SPACE);
    }
    // A person not filed under any account, templates and site rules are never shared.
    expect(spaceOfRecord('contacts', { id: 'p', accountId: null }, lookup)).toBe(PERSONAL_SPACE);
    expect(spaceOfRecord('checklistTemplates', { id: 't', accountId: 'acc-a' }, lookup)).toBe(PERSONAL_SPACE);
    expect(spaceOfRecord('siteRules', { id: 's' }, lookup)).toBe(PERSONAL_SPACE);
  });

  it('sends a referral to the referrer’s space first, else the referred account’s', () => {
    const r = (referrerAccountId: string | null, referredAccountId: string | null) => ({
      id: 'ref',
      referrerAccountId,
      referredAccountId,
    });
    expect(spaceOfRecord('referrals', r('acc-a', 'acc-b'), lookup)).toBe('space-a');
    expect(spaceOfRecord('referrals', r('acc-z', 'acc-b'), lookup)).toBe('space-b');
    expect(spaceOfRecord('referrals', r(null, null), lookup)).toBe(PERSONAL_SPACE);
  });

  it('never throws and answers a known space or the personal one for any record', () => {
    const known = new Set(['space-a', 'space-b', PERSONAL_SPACE]);
    fc.assert(
      fc.property(fc.string(), fc.anything(), (table, record) => {
        expect(known.has(spaceOfRecord(table, record, lookup))).toBe(true);
      }),
    );
  });
});
