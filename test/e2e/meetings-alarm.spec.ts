import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { alarmTime, scheduleNew, serviceWorker, stopServiceWorker, type ShownNotification } from './meetings-helpers';
import { ensureDemoData } from './panel-helpers';

/** What the notifier kept, read from an extension page (storage.session is shared with it). */
function notificationsSeenBy(page: Page): Promise<ShownNotification[]> {
  type Session = { get(k: string): Promise<Record<string, ShownNotification[] | undefined>> };
  return page.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome.storage.session
      .get('keyside:notifications')
      .then((r) => r['keyside:notifications'] ?? []),
  );
}

test.describe('reminders with the real clock', () => {
  test('the real alarm wakes the stopped worker at its time and the reminder is shown once', async ({ ext }) => {
    // Waits for the real clock (15–35 s): the one test of the browser's own alarm delivery.
    test.setTimeout(120_000);
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/account/demo-tbilisi`);
    // Start 11 whole minutes ahead with a 10-minute lead: the reminder falls on the next whole
    // minute, 15–35 s from now when booked between :25 and :45.
    await expect.poll(() => new Date().getSeconds() >= 25 && new Date().getSeconds() < 45, { timeout: 45_000, intervals: [250] }).toBe(true);
    const id = await scheduleNew(page, { type: 'builtin:presentation', minutesAhead: 11, attendee: 'გიორგი ბერიძე', remindBeforeMin: 10 });
    const name = `keyside:meeting:${id}`;

    const worker = await serviceWorker(ext.context);
    await expect.poll(() => alarmTime(worker, name)).not.toBeNull();
    const when = (await alarmTime(worker, name))!;
    expect(when - Date.now()).toBeGreaterThan(5_000);

    // Stop the worker as Chrome does when it idles: only the browser's alarm can wake it, and
    // the handler it runs is the real one, not a test hook.
    const closed = new Promise((resolve) => worker.once('close', resolve));
    await stopServiceWorker(ext.context, page, ext.extensionId);
    let seen: ShownNotification[] = [];
    await expect
      .poll(async () => (seen = (await notificationsSeenBy(page)).filter((n) => n.id === name)), { timeout: Math.max(0, when - Date.now()) + 30_000, intervals: [1000] })
      .toHaveLength(1);
    console.log('polled');
    await closed;
    console.log('closed');
    expect(seen[0]).toMatchObject({ message: 'Presentation with გიორგი ბერიძე (Tbilisi Wine House / თბილისის ღვინის სახლი) in 10 min — prepare', late: false });
    expect(seen[0]?.error).toBeUndefined();
    console.log('asserted');
    await page.close();
    console.log('page closed');
  });
});

