import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { alarmTime, removeMeeting, scheduleNew, serviceWorker, type ShownNotification } from './meetings-helpers';
import { ensureDemoData } from './panel-helpers';

/** What the notifier kept, read from an extension page (storage.session is shared with it). */
function notificationsSeenBy(page: Page): Promise<ShownNotification[]> {
  interface Session {
    get(k: string): Promise<Record<string, ShownNotification[] | undefined>>;
  }
  return page.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome.storage.session
      .get('keyside:notifications')
      .then((r) => r['keyside:notifications'] ?? []),
  );
}

test.describe('reminders with the real clock', () => {
  test('the real alarm fires at its time and the reminder is shown once', async ({ ext }) => {
    // Waits for the real clock (15–35 s): the one test of the browser's own alarm delivery.
    test.setTimeout(120_000);
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/account/demo-tbilisi`);
    // Start 11 whole minutes ahead with a 10-minute lead: the reminder falls on the next whole
    // minute, 15–35 s from now when booked between :25 and :45.
    await expect
      .poll(() => new Date().getSeconds() >= 25 && new Date().getSeconds() < 45, { timeout: 45_000, intervals: [250] })
      .toBe(true);
    const id = await scheduleNew(page, {
      type: 'builtin:presentation',
      minutesAhead: 11,
      attendee: 'გიორგი ბერიძე',
      remindBeforeMin: 10,
    });
    const name = `keyside:meeting:${id}`;

    const worker = await serviceWorker(ext.context);
    await expect.poll(() => alarmTime(worker, name)).not.toBeNull();
    const when = (await alarmTime(worker, name))!;
    expect(when - Date.now()).toBeGreaterThan(5_000);

    // The browser's alarm runs the real handler, no test hook. (Stopping the worker first with
    // CDP Target.closeTarget works — the alarm wakes it and the reminder shows — but Playwright
    // then hangs closing the context here, so the worker is left running.)
    let seen: ShownNotification[] = [];
    await expect
      .poll(async () => (seen = (await notificationsSeenBy(page)).filter((n) => n.id === name)), {
        timeout: Math.max(0, when - Date.now()) + 30_000,
        intervals: [1000],
      })
      .toHaveLength(1);
    expect(seen[0]).toMatchObject({
      message: 'Presentation with გიორგი ბერიძე (Tbilisi Wine House / თბილისის ღვინის სახლი) in 10 min — prepare',
      late: false,
    });
    expect(seen[0]?.error).toBeUndefined();
    await removeMeeting(page, ext.url('dashboard.html'), id);
    await page.close();
  });
});
