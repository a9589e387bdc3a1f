import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { filteredAccounts } from '@/lib/db/queries/account-filter';
import { openTasks, openTasksDueBy, openTasksOf, openTasksWithReminder } from '@/lib/db/queries/open-tasks';
import { templatesForMeeting } from '@/lib/db/queries/templates';
import { timeline } from '@/lib/db/queries/timeline';
import { checklistFor } from '@/lib/checklists/checklist';
import { ANY_MEETING } from '@/lib/checklists/default-templates';
import { createAccount } from '@/lib/db/repos/accounts';
import { addInteraction } from '@/lib/db/repos/interactions';
import { addTask } from '@/lib/db/repos/tasks';
import { testDb } from './test-db';

let db: AppDB;

beforeEach(() => {
  db = testDb(`queries-${Math.random()}`);
});

describe('timeline', () => {
  it("is one account's history, newest first, cut at the limit and at `until`", async () => {
    for (const day of ['03', '01', '02'])
      await addInteraction(db, { accountId: 'a', at: `2026-11-${day}T10:00:00.000Z`, kind: 'note', summary: day });
    await addInteraction(db, { accountId: 'b', at: '2026-11-04T10:00:00.000Z', kind: 'note', summary: 'other account' });

    expect((await timeline(db, 'a')).map((i) => i.summary)).toEqual(['03', '02', '01']);
    expect((await timeline(db, 'a', { limit: 2 })).map((i) => i.summary)).toEqual(['03', '02']);
    expect((await timeline(db, 'a', { until: '2026-11-02T10:00:00.000Z', limit: 1 })).map((i) => i.summary)).toEqual(['02']);
    expect(await timeline(db, 'nobody')).toEqual([]);
  });
});

describe('open tasks', () => {
  beforeEach(async () => {
    await addTask(db, { id: 'late', accountId: 'a', title: 'Late', due: '2026-11-20' });
    await addTask(db, { id: 'today', accountId: 'a', title: 'Today', due: '2026-11-23', remindAt: '2026-11-23T08:00:00.000Z' });
    await addTask(db, { id: 'later', accountId: 'a', title: 'Later', due: '2026-12-20' });
    await addTask(db, { id: 'someday', accountId: 'a', title: 'No date', due: null });
    await addTask(db, { id: 'done', accountId: 'a', title: 'Done', due: '2026-11-01', status: 'done' });
    await addTask(db, { id: 'other', accountId: 'b', title: 'Other account', due: '2026-11-21' });
  });

  it('openTasks: every open follow-up, with or without a due date', async () => {
    expect((await openTasks(db)).map((t) => t.id).sort()).toEqual(['late', 'later', 'other', 'someday', 'today']);
  });

  it('openTasksDueBy: through [status+due], up to and including the day, never the undated ones', async () => {
    expect((await openTasksDueBy(db, '2026-11-23')).map((t) => t.id).sort()).toEqual(['late', 'other', 'today']);
  });

  it("openTasksOf: one account's open follow-ups in the follow-up order (undated last)", async () => {
    expect((await openTasksOf(db, 'a')).map((t) => t.id)).toEqual(['late', 'today', 'later', 'someday']);
  });

  it('openTasksWithReminder: only those with a remind-at time', async () => {
    expect((await openTasksWithReminder(db)).map((t) => t.id)).toEqual(['today']);
  });
});

describe('filteredAccounts', () => {
  beforeEach(async () => {
    await createAccount(db, { id: '1', name: 'Zeta', stage: 'key', tags: ['vip', 'north'], domains: ['zeta.example'] });
    await createAccount(db, { id: '2', name: 'Alpha', stage: 'key', tags: ['north'] });
    await createAccount(db, { id: '3', name: 'Beta', stage: 'prospect', tags: ['vip'] });
  });

  const names = (p: { accounts: { name: string }[] }) => p.accounts.map((a) => a.name);

  it('without a filter: every account by name, with the tags in use', async () => {
    const list = await filteredAccounts(db, {});
    expect(names(list)).toEqual(['Alpha', 'Beta', 'Zeta']);
    expect(list).toMatchObject({ total: 3, tags: ['north', 'vip'] });
  });

  it('filters by stage, by tag, by both and by text', async () => {
    expect(names(await filteredAccounts(db, { stage: 'key' }))).toEqual(['Alpha', 'Zeta']);
    expect(names(await filteredAccounts(db, { tag: 'vip' }))).toEqual(['Beta', 'Zeta']);
    expect(names(await filteredAccounts(db, { stage: 'key', tag: 'vip' }))).toEqual(['Zeta']);
    expect(names(await filteredAccounts(db, { q: 'zeta.example' }))).toEqual(['Zeta']);
  });
});

describe('templatesForMeeting', () => {
  it('gives the same checklist as the whole table, reading only what the meeting can use', async () => {
    const tpl = (id: string, meetingType: string, order: number, text: string) => ({
      id,
      name: id,
      meetingType,
      order,
      items: [{ id: `${id}-i`, text }],
    });
    const all = [
      tpl('neg', 'negotiation', 1, 'Walk-away'),
      tpl('qbr', 'qbr', 2, 'Numbers'),
      tpl('any', ANY_MEETING, 3, 'Agenda'),
      tpl('custom', 'qbr', 4, 'Own'),
    ];
    await db.checklistTemplates.bulkPut(all.map((t) => ({ ...t, remindBeforeMin: 30, builtIn: false })));
    const meeting = { type: 'negotiation', checklistTemplateId: 'custom' };
    const subset = await templatesForMeeting(db, meeting);
    expect(subset.map((t) => t.id).sort()).toEqual(['any', 'custom', 'neg']);
    expect(checklistFor(meeting, subset)).toEqual(checklistFor(meeting, await db.checklistTemplates.toArray()));
  });
});
