import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startReminders } from '@/lib/background/reminders/service';
import { loadReminderState } from '@/lib/background/reminders/state';
import type { AppDB } from '@/lib/db/app-db';
import { scheduleMeeting } from '@/lib/db/repos/meetings';
import { alarmNameFor } from '@/lib/meetings/reminders';
import { testDb } from '@/test/unit/db/test-db';
import { enableLiveQueries, stubI18n } from '@/test/unit/background/fake-env';
import { MIN, seedAcme } from '@/test/unit/background/fixtures';

let db: AppDB;
beforeEach(async () => {
  enableLiveQueries();
  fakeBrowser.reset();
  stubI18n();
  db = testDb(`service-${Math.random()}`);
  await seedAcme(db);
});
afterEach(() => vi.restoreAllMocks());

describe('startReminders', () => {
  it('plans live: a meeting booked after start gets its alarm; its deletion clears it', async () => {
    const service = startReminders(db);
    const at = new Date(Math.ceil(Date.now() / MIN) * MIN + 90 * MIN);
    const m = await scheduleMeeting(db, { accountId: 'acme', type: 'presentation', at: at.toISOString(), contactIds: ['anna'] });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(alarmNameFor(m.id)))?.scheduledTime).toBe(at.getTime() - 30 * MIN),
    );
    await db.meetings.delete(m.id);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(alarmNameFor(m.id))).toBeUndefined());
    expect((await loadReminderState()).lastSeen).not.toBeNull();
    service.stop();
  });

  it('the browser alarm event shows the reminder; a click opens the meeting', async () => {
    const service = startReminders(db);
    const at = new Date(Date.now() + 20 * MIN);
    const m = await scheduleMeeting(
      db,
      { accountId: 'acme', type: 'call', at: at.toISOString(), contactIds: ['anna'], remindBeforeMin: 20 },
      {},
    );
    // Booked 20 min ahead with a 20-min lead: due now; the test fires the alarm as Chrome would.
    await db.meetings.update(m.id, { createdAt: new Date(Date.now() - MIN).toISOString() });
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: alarmNameFor(m.id),
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await vi.waitFor(() =>
      expect(created).toHaveBeenCalledWith(
        alarmNameFor(m.id),
        expect.objectContaining({
          message: expect.stringMatching(/^Call with Anna Petrova \(Acme Logistics\) in (19|20) min — prepare$/) as string,
        }),
      ),
    );
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(alarmNameFor(m.id));
    await vi.waitFor(() =>
      expect(tabs).toHaveBeenCalledWith({ url: expect.stringContaining(`dashboard.html#/meeting/${m.id}`) as string }),
    );
    service.stop();
  });
});
