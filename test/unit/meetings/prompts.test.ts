import { preparationPrompts, type PromptInput } from '@/lib/meetings/prompts';
import { Account } from '@/lib/schema/account';
import { ComplaintCase } from '@/lib/schema/complaint-case';
import { Contact } from '@/lib/schema/contact';
import { Interaction } from '@/lib/schema/interaction';
import { Meeting } from '@/lib/schema/meeting';
import { Task } from '@/lib/schema/task';

const HEL = 'Europe/Helsinki';
const now = new Date('2026-03-30T09:00:00Z'); // Monday 12:00 in Helsinki

const account = Account.parse({
  id: 'a1',
  name: 'Acme Oy',
  nuances: ['Values time — never be late', '  ', 'Prefers phone over email'],
  reliability: { rating: 'watch', notes: 'Paid late twice', checkedAt: '2026-02-01' },
  plan: { goals: '- Grow volume 20%\n\n• Sign the 2027 framework', status: 'approved' },
  cadenceDays: 7,
});
const contacts = [
  Contact.parse({
    id: 'c1',
    accountId: 'a1',
    name: 'Anna Virtanen',
    role: 'decision-maker',
    style: 'Direct, numbers first',
    vip: true,
  }),
  Contact.parse({ id: 'c2', accountId: 'a1', name: 'Pekka Mäkinen', role: 'user' }),
  Contact.parse({ id: 'c3', accountId: 'a1', name: 'Liisa Korhonen', role: 'gatekeeper' }),
];
const ix = (id: string, kind: string, at: string, extra: Record<string, unknown> = {}) =>
  Interaction.parse({ id, accountId: 'a1', kind, at, summary: `${kind} ${id}`, ...extra });
const interactions = [
  ix('i-old-complaint', 'complaint', '2026-03-01T10:00:00Z', { state: 'open' }),
  ix('i-closed-complaint', 'complaint', '2026-03-05T10:00:00Z', { state: 'closed' }),
  ix('i-new-complaint', 'complaint', '2026-03-18T10:00:00Z'), // no state: still open
  ix('i-proposal', 'proposal', '2026-03-19T10:00:00Z', { state: 'open' }),
  ix('i-email', 'email', '2026-03-20T10:00:00Z'),
  ix('i-call', 'call', '2026-03-21T10:00:00Z'),
  ix('i-future', 'event', '2026-04-10T10:00:00Z'),
  Interaction.parse({ id: 'other', accountId: 'a2', kind: 'complaint', at: '2026-03-29T10:00:00Z' }),
];
const tasks = [
  Task.parse({ id: 't-overdue', accountId: 'a1', title: 'Send corrected invoice', due: '2026-03-27' }),
  Task.parse({ id: 't-today', accountId: 'a1', title: 'Confirm delivery date', due: '2026-03-30' }),
  Task.parse({ id: 't-undated', accountId: 'a1', title: 'Ask for a referral' }),
  Task.parse({ id: 't-done', accountId: 'a1', title: 'Done', due: '2026-03-01', status: 'done' }),
  Task.parse({ id: 't-other', accountId: 'a2', title: 'Other account', due: '2026-03-01' }),
];
const base: PromptInput = { account, contacts, interactions, tasks, meetings: [], now, tz: HEL };

describe('preparationPrompts', () => {
  const prompts = preparationPrompts(base);
  const of = (kind: string) => prompts.filter((p) => p.kind === kind);

  it('orders what can hurt first', () => {
    const kinds = [...new Set(prompts.map((p) => p.kind))];
    expect(kinds).toEqual([
      'open-complaint',
      'overdue-task',
      'reliability',
      'no-contact',
      'open-commitment',
      'nuance',
      'attendee',
      'last-interaction',
      'plan-goal',
    ]);
  });

  it('surfaces open complaints (state not closed), oldest first, of this account only', () => {
    expect(of('open-complaint').map((p) => p.refId)).toEqual(['i-old-complaint', 'i-new-complaint']);
    expect(of('open-complaint')[0]).toMatchObject({
      key: 'prompt.openComplaint',
      params: { summary: 'complaint i-old-complaint', day: '2026-03-01', daysOpen: 29 },
    });
  });

  it('splits open tasks into overdue and open commitments by local day', () => {
    expect(of('overdue-task')).toEqual([
      {
        kind: 'overdue-task',
        key: 'prompt.overdueTask',
        params: { title: 'Send corrected invoice', due: '2026-03-27', daysOverdue: 3 },
        refId: 't-overdue',
      },
    ]);
    expect(of('open-commitment').map((p) => [p.key, p.refId])).toEqual([
      ['prompt.openCommitmentDue', 't-today'],
      ['prompt.openCommitment', 't-undated'],
      ['prompt.openItem', 'i-proposal'],
    ]);
  });

  it('shows the last three past interactions, newest first', () => {
    expect(of('last-interaction').map((p) => p.refId)).toEqual(['i-call', 'i-email', 'i-proposal']);
    expect(of('last-interaction')[0]?.params).toMatchObject({ interactionKind: 'call', daysAgo: 9, day: '2026-03-21' });
  });

  it('passes nuances, reliability and plan goals through as data', () => {
    expect(of('nuance').map((p) => p.params.text)).toEqual(['Values time — never be late', 'Prefers phone over email']);
    expect(of('reliability')).toEqual([
      {
        kind: 'reliability',
        key: 'prompt.reliability',
        params: { rating: 'watch', notes: 'Paid late twice', checkedAt: '2026-02-01' },
        refId: 'a1',
      },
    ]);
    expect(of('plan-goal').map((p) => p.params.goal)).toEqual(['Grow volume 20%', 'Sign the 2027 framework']);
  });

  it('says "no contact for N days" when the cadence is exceeded', () => {
    expect(of('no-contact')).toEqual([
      { kind: 'no-contact', key: 'prompt.noContact', params: { days: 9, cadenceDays: 7 }, refId: 'a1' },
    ]);
    // A meeting held since counts as contact.
    const held = Meeting.parse({ id: 'm0', accountId: 'a1', type: 'call', at: '2026-03-27T08:00:00Z' });
    expect(preparationPrompts({ ...base, meetings: [held] }).some((p) => p.kind === 'no-contact')).toBe(false);
    expect(
      preparationPrompts({ ...base, interactions: [], account: { ...account, cadenceDays: 30 } }).find(
        (p) => p.kind === 'no-contact',
      )?.key,
    ).toBe('prompt.noContactEver');
    expect(preparationPrompts({ ...base, account: { ...account, cadenceDays: null } }).some((p) => p.kind === 'no-contact')).toBe(
      false,
    );
  });

  it('gives attendee prompts with role and style: all given contacts, or the meeting’s attendees in order', () => {
    expect(of('attendee').map((p) => p.refId)).toEqual(['c1', 'c2', 'c3']);
    expect(of('attendee')[0]).toMatchObject({
      key: 'prompt.attendee',
      params: { name: 'Anna Virtanen', role: 'decision-maker', style: 'Direct, numbers first', vip: true },
    });
    const meeting = Meeting.parse({
      id: 'm1',
      accountId: 'a1',
      type: 'negotiation',
      at: '2026-03-31T07:00:00Z',
      contactIds: ['c3', 'c1', 'gone'],
    });
    const p = preparationPrompts({ ...base, meeting });
    expect(p.filter((x) => x.kind === 'attendee').map((x) => x.refId)).toEqual(['c3', 'c1']);
  });

  it('skips reliability unless watch or risk, and returns nothing alarming for a clean account', () => {
    const clean = Account.parse({ id: 'a1', name: 'Clean', reliability: { rating: 'good' } });
    const p = preparationPrompts({ account: clean, contacts: [], interactions: [], tasks: [], meetings: [], now, tz: HEL });
    expect(p).toEqual([]);
  });
});

describe('preparationPrompts with complaint cases', () => {
  const kase = (id: string, openedAt: string, extra: Record<string, unknown> = {}) =>
    ComplaintCase.parse({ id, accountId: 'a1', title: `case ${id}`, openedAt, ...extra });
  const cases = [
    kase('k-progress', '2026-03-20T10:00:00Z', { status: 'in-progress', interactionIds: ['i-old-complaint'] }),
    kase('k-open', '2026-03-10T10:00:00Z'),
    kase('k-done', '2026-03-01T10:00:00Z', {
      status: 'resolved',
      resolvedAt: '2026-03-02T10:00:00Z',
      interactionIds: ['i-new-complaint'],
    }),
    ComplaintCase.parse({ id: 'k-other', accountId: 'a2', title: 'other', openedAt: '2026-03-01T10:00:00Z' }),
  ];
  const prompts = preparationPrompts({ ...base, cases });

  it('puts unresolved cases of the account first, oldest first, with status and age', () => {
    const first = prompts.slice(0, 2);
    expect(first.map((p) => [p.kind, p.key, p.refId, p.params.daysOpen])).toEqual([
      ['open-case', 'prompt.openCase', 'k-open', 20],
      ['open-case', 'prompt.caseInProgress', 'k-progress', 10],
    ]);
    expect(prompts.filter((p) => p.kind === 'open-case')).toHaveLength(2);
  });

  it('a complaint linked to an unresolved case is told by the case only', () => {
    const complaints = prompts.filter((p) => p.kind === 'open-complaint').map((p) => p.refId);
    // i-old-complaint belongs to the in-progress case; i-new-complaint's case is resolved, so it stays.
    expect(complaints).toEqual(['i-new-complaint']);
  });
});
