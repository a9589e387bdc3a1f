import { mergeHistory } from '@/components/dashboard/dossier/history-merge';
import { Interaction, Referral } from '@/lib/schema';

const tz = 'Europe/Helsinki';
const entry = (id: string, at: string) => Interaction.parse({ id, accountId: 'a', kind: 'note', at, summary: id });
const referral = (id: string, on: string, from: string | null, to: string | null) =>
  Referral.parse({ id, on, referrerAccountId: from, referrerName: from ? '' : 'Someone', referredAccountId: to });
const shape = (rows: ReturnType<typeof mergeHistory>) =>
  rows.map((r) => (r.type === 'interaction' ? r.interaction.id : `${r.referral.id}/${r.direction}`));

describe('mergeHistory', () => {
  it('puts referrals between entries by date, newest first, from both sides', () => {
    const entries = [
      entry('e3', '2026-11-20T09:00:00Z'),
      entry('e2', '2026-10-05T09:00:00Z'),
      entry('e1', '2026-09-01T09:00:00Z'),
    ];
    const rows = mergeHistory(
      entries,
      { referredBy: [referral('by', '2026-10-15', 'acme', 'a')], referredToUs: [referral('to', '2026-08-01', 'a', 'boreas')] },
      { complete: true, tz },
    );
    expect(shape(rows)).toEqual(['e3', 'by/by', 'e2', 'e1', 'to/to']);
  });

  it('a referral sits below the entries of its own day (the local day, not UTC)', () => {
    // 23:30 UTC on Nov 30 is already Dec 1 in Helsinki.
    const rows = mergeHistory(
      [entry('late', '2026-11-30T23:30:00Z'), entry('early', '2026-11-30T08:00:00Z')],
      { referredBy: [referral('r', '2026-12-01', null, 'a')], referredToUs: [] },
      { complete: true, tz },
    );
    expect(shape(rows)).toEqual(['late', 'r/by', 'early']);
  });

  it('with more entries to load, older referrals wait for the next page', () => {
    const page = [entry('e2', '2026-11-20T09:00:00Z'), entry('e1', '2026-11-10T09:00:00Z')];
    const refs = {
      referredBy: [referral('old', '2026-01-01', 'acme', 'a')],
      referredToUs: [referral('same', '2026-11-10', 'a', 'b')],
    };
    expect(shape(mergeHistory(page, refs, { complete: false, tz }))).toEqual(['e2', 'e1', 'same/to']);
    expect(shape(mergeHistory(page, refs, { complete: true, tz }))).toEqual(['e2', 'e1', 'same/to', 'old/by']);
  });

  it('an account with referrals and no entries still shows them', () => {
    const rows = mergeHistory(
      [],
      { referredBy: [referral('r', '2026-05-05', 'acme', 'a')], referredToUs: [] },
      { complete: false, tz },
    );
    expect(shape(rows)).toEqual(['r/by']);
  });
});
