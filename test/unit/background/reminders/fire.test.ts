import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AppDB } from '@/lib/db/app-db';
import { recentNotifications } from '@/lib/background/notifier';
import { catchUpMissed, handleReminderAlarm } from '@/lib/background/reminders/fire';
import { replanAlarms } from '@/lib/background/reminders/alarms';
import { taskAlarmName } from '@/lib/meetings/task-reminders';
import { handleNotificationClick } from '@/lib/background/reminders/service';
import { loadReminderState, saveReminderState } from '@/lib/background/reminders/state';
import { addTask } from '@/lib/db/repos/tasks';
import { alarmNameFor } from '@/lib/meetings/reminders';
import { testDb } from '@/test/unit/db/test-db';
import { shownNotifications, stubI18n } from '@/test/unit/background/fake-env';
import { addMeeting, MIN, seedAcme } from '@/test/unit/background/fixtures';

let db: AppDB;
/** A meeting two hours from the real clock: its 30-minute reminder is 90 minutes away. */
const start = new Date(Math.ceil(Date.now() / MIN) * MIN + 120 * MIN);
const remindAt = new Date(start.getTime() - 30 * MIN);

beforeEach(async () => {
  fakeBrowser.reset();
  stubI18n();
  db = testDb(`reminders-${Math.random()}`);
  await seedAcme(db);
});
afterEach(() => vi.restoreAllMocks());

describe('planning alarms', () => {
  it('one alarm per upcoming reminder: meeting, type, then settings lead time', async () => {
    await addMeeting(db, 'm1', start);
    await addMeeting(db, 'm2', start, { remindBeforeMin: 10 });
    await db.checklistTemplates.update('builtin:call', { remindBeforeMin: 5 });
    await addMeeting(db, 'm3', start, { type: 'call', checklistTemplateId: 'builtin:call' });
    await addMeeting(db, 'past', new Date(Date.now() - 60 * MIN));
    await addTask(db, {
      accountId: 'acme',
      title: 'Send the contract',
      remindAt: new Date(start.getTime() + 60 * MIN).toISOString(),
    });
    await replanAlarms(db);
    const alarms = Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
    expect(alarms[alarmNameFor('m1')]).toBe(remindAt.getTime());
    expect(alarms[alarmNameFor('m2')]).toBe(start.getTime() - 10 * MIN);
    expect(alarms[alarmNameFor('m3')]).toBe(start.getTime() - 5 * MIN);
    expect(alarms[alarmNameFor('past')]).toBeUndefined();
    expect(Object.keys(alarms).filter((n) => n.startsWith('keyside:task:'))).toHaveLength(1);
  });

  it('clears the alarm of a deleted meeting and moves a rescheduled one', async () => {
    await addMeeting(db, 'm1', start);
    await addMeeting(db, 'm2', start);
    await replanAlarms(db);
    await db.meetings.delete('m1');
    await db.meetings.update('m2', { at: new Date(start.getTime() + 60 * MIN).toISOString() });
    await replanAlarms(db);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([[alarmNameFor('m2'), remindAt.getTime() + 60 * MIN]]);
  });

  it('a reminder already past when the meeting was booked gets no alarm', async () => {
    await addMeeting(db, 'soon', new Date(Date.now() + 40 * MIN), {}, new Date(Date.now() + 20 * MIN));
    await replanAlarms(db);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('when the alarm fires', () => {
  it('notifies once with the localized text and remembers it', async () => {
    await addMeeting(db, 'm1', start);
    const shown = await handleReminderAlarm(db, alarmNameFor('m1'), remindAt);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      title: 'Keyside — time to prepare',
      message: 'Negotiation with Anna Petrova (Acme Logistics) in 30 min — prepare',
      late: false,
    });
    expect(shownNotifications()[alarmNameFor('m1')]?.message).toBe(
      'Negotiation with Anna Petrova (Acme Logistics) in 30 min — prepare',
    );
    expect((await recentNotifications()).map((n) => n.id)).toEqual([alarmNameFor('m1')]);
    expect(await handleReminderAlarm(db, alarmNameFor('m1'), new Date(remindAt.getTime() + MIN))).toEqual([]);
    expect((await loadReminderState()).lastSeen).toBe(new Date(remindAt.getTime() + MIN).toISOString());
  });

  it('says "Call" for a call', async () => {
    await addMeeting(db, 'c1', start, { type: 'call', checklistTemplateId: 'builtin:call' });
    const [n] = await handleReminderAlarm(db, alarmNameFor('c1'), remindAt);
    expect(n?.message).toBe('Call with Anna Petrova (Acme Logistics) in 30 min — prepare');
  });

  it('a stale alarm (the meeting moved) shows nothing and re-plans', async () => {
    await addMeeting(db, 'm1', new Date(start.getTime() + 120 * MIN));
    expect(await handleReminderAlarm(db, alarmNameFor('m1'), remindAt)).toEqual([]);
    expect((await fakeBrowser.alarms.get(alarmNameFor('m1')))?.scheduledTime).toBe(remindAt.getTime() + 120 * MIN);
  });

  it('reminds of a follow-up, and says when its account is gone', async () => {
    const at = new Date(start.getTime() + 10 * MIN);
    const task = await addTask(db, { accountId: 'acme', title: 'Send the contract', remindAt: at.toISOString() });
    await db.accounts.delete('acme');
    const [n] = await handleReminderAlarm(db, taskAlarmName(task.id), at);
    expect(n).toMatchObject({ title: 'Keyside — follow-up reminder', message: 'Send the contract (account deleted)' });
    expect(await handleReminderAlarm(db, taskAlarmName(task.id), at)).toEqual([]);
  });

  it('ignores alarms that are not reminders', async () => {
    expect(await handleReminderAlarm(db, 'keyside:badge', remindAt)).toEqual([]);
  });
});

describe('reminders missed while the browser was closed', () => {
  it('fire once on the next start, marked late', async () => {
    await addMeeting(db, 'm1', start);
    await saveReminderState({ fired: [], lastSeen: new Date(remindAt.getTime() - 60 * MIN).toISOString() });
    const reopened = new Date(remindAt.getTime() + 15 * MIN);
    const shown = await catchUpMissed(db, reopened);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ late: true, title: 'Keyside — missed reminder' });
    expect(shown[0]?.message).toContain('Negotiation with Anna Petrova (Acme Logistics) in 15 min — prepare');
    expect(await catchUpMissed(db, new Date(reopened.getTime() + MIN))).toEqual([]);
    // The alarm Chrome delivers late on start is the same reminder: not shown twice.
    expect(await handleReminderAlarm(db, alarmNameFor('m1'), reopened)).toEqual([]);
  });

  it('skip meetings already over, and do nothing on the very first start', async () => {
    await addMeeting(db, 'm1', start);
    expect(await catchUpMissed(db, new Date(start.getTime() + 61 * MIN))).toEqual([]);
    expect((await loadReminderState()).lastSeen).not.toBeNull();
    await saveReminderState({ fired: [], lastSeen: new Date(remindAt.getTime() - MIN).toISOString() });
    expect(await catchUpMissed(db, new Date(start.getTime() + 61 * MIN))).toEqual([]);
  });

  it('a missed follow-up reminder still fires: the promise still waits', async () => {
    const at = new Date(start.getTime());
    await addTask(db, { accountId: 'acme', title: 'Call back', remindAt: at.toISOString() });
    await saveReminderState({ fired: [], lastSeen: new Date(at.getTime() - MIN).toISOString() });
    const shown = await catchUpMissed(db, new Date(at.getTime() + 24 * 60 * MIN));
    expect(shown.map((n) => [n.message, n.late])).toEqual([['Call back (Acme Logistics)', true]]);
  });
});

describe('clicking the notification', () => {
  it('opens the preparation view and marks the reminder fired', async () => {
    await addMeeting(db, 'm1', start);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await handleNotificationClick(db, alarmNameFor('m1'))).toBe('#/meeting/m1');
    expect(created).toHaveBeenCalledWith({ url: expect.stringMatching(/\/dashboard\.html#\/meeting\/m1$/) as string });
    expect(await handleReminderAlarm(db, alarmNameFor('m1'), remindAt)).toEqual([]);
    expect(await handleNotificationClick(db, 'something-else')).toBeNull();
  });
});
