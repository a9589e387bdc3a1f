import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_ALARM } from '@/lib/background/badge-service';
import { onDataChanged } from '@/lib/background/data-changed';
import type { AppDB } from '@/lib/db/app-db';
import { addTask } from '@/lib/db/repos/tasks';
import { alarmNameFor } from '@/lib/meetings/reminders';
import { addDays, localDay, runtimeTimeZone } from '@/lib/time/local-time';
import { testDb } from '@/test/unit/db/test-db';
import { stubI18n } from './fake-env';
import { MIN, addMeeting, seedAcme } from './fixtures';

let db: AppDB;
beforeEach(async () => {
  fakeBrowser.reset();
  stubI18n();
  db = testDb(`data-changed-${Math.random()}`);
  await seedAcme(db);
});
afterEach(() => vi.restoreAllMocks());

describe("the worker's dataChanged handler", () => {
  it('re-plans the reminder alarms and refreshes the badge from what a page wrote', async () => {
    const now = new Date();
    // Written by a page while no worker listened: nothing planned yet.
    const at = new Date(Math.ceil(now.getTime() / MIN) * MIN + 90 * MIN);
    const m = await addMeeting(db, 'm1', at, { remindBeforeMin: 30 }, now);
    await addTask(db, { accountId: 'acme', title: 'Overdue offer', due: addDays(localDay(now, runtimeTimeZone()), -1) });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);

    await onDataChanged(db, now);

    expect((await fakeBrowser.alarms.get(alarmNameFor(m.id)))?.scheduledTime).toBe(at.getTime() - 30 * MIN);
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toBeDefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    // The meeting is deleted elsewhere: the next signal clears its alarm.
    await db.meetings.delete(m.id);
    await onDataChanged(db, now);
    expect(await fakeBrowser.alarms.get(alarmNameFor(m.id))).toBeUndefined();
  });

  it('waits for the start-up catch-up before planning', async () => {
    let release = () => {};
    const ready = new Promise<void>((r) => (release = r));
    await addMeeting(db, 'm2', new Date(Date.now() + 120 * MIN), {}, new Date());
    const done = onDataChanged(db, new Date(), ready);
    await new Promise((r) => setTimeout(r, 20));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    release();
    await done;
    expect(await fakeBrowser.alarms.get(alarmNameFor('m2'))).toBeDefined();
  });
});
