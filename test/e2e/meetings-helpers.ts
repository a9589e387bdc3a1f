import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';

/** The extension's service worker now (it may have been restarted since the browser started). */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** A wall-clock day and time `minutes` from now in the browser's zone, as the form's inputs want. */
export async function localSlot(page: Page, minutes: number): Promise<{ day: string; time: string }> {
  return page.evaluate((m) => {
    const d = new Date(Date.now() + m * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
    };
  }, minutes);
}

/** Fills and saves the scheduling form opened from a dossier. */
export async function scheduleFromDossier(
  page: Page,
  opts: { type: string; minutesAhead: number; attendee?: string; place?: string; remindBeforeMin?: number },
) {
  await page.getByTestId('schedule-meeting').click();
  const form = page.getByTestId('meeting-form');
  await form.getByTestId('meeting-type').selectOption(opts.type);
  const slot = await localSlot(page, opts.minutesAhead);
  await form.getByTestId('meeting-day').fill(slot.day);
  await form.getByTestId('meeting-time').fill(slot.time);
  if (opts.attendee)
    await form
      .getByTestId('meeting-attendee')
      .locator('xpath=..')
      .filter({ hasText: opts.attendee })
      .getByRole('checkbox')
      .check();
  if (opts.place) await form.getByTestId('meeting-place').fill(opts.place);
  if (opts.remindBeforeMin !== undefined) await form.getByTestId('meeting-remind').fill(String(opts.remindBeforeMin));
  await form.getByTestId('meeting-save').click();
  return form;
}

export interface ShownNotification {
  id: string;
  title: string;
  message: string;
  late: boolean;
  error?: string;
}

interface ReminderHooks {
  alarm(name: string, nowIso?: string): Promise<ShownNotification[]>;
  click(id: string): Promise<string | null>;
  catchUp(nowIso?: string): Promise<ShownNotification[]>;
  notifications(): Promise<ShownNotification[]>;
}

/** Calls the worker's reminder handlers (exposed in the e2e build only) with a chosen clock. */
export function reminders(worker: Worker) {
  type G = typeof globalThis & { __keysideReminders: ReminderHooks };
  return {
    alarm: (name: string, at: number) =>
      worker.evaluate(([n, t]) => (globalThis as G).__keysideReminders.alarm(n, new Date(t).toISOString()), [name, at] as const),
    click: (id: string) => worker.evaluate((i) => (globalThis as G).__keysideReminders.click(i), id),
    catchUp: (at: number) => worker.evaluate((t) => (globalThis as G).__keysideReminders.catchUp(new Date(t).toISOString()), at),
    notifications: () => worker.evaluate(() => (globalThis as G).__keysideReminders.notifications()),
  };
}

/** The browser APIs read from the worker, typed loosely (no @types/chrome in this project). */
interface Chrome {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  action: { getBadgeText(d: object): Promise<string> };
}

export function alarmTime(worker: Worker, name: string): Promise<number | null> {
  return worker.evaluate(
    (n) => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get(n).then((a) => a?.scheduledTime ?? null),
    name,
  );
}

export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));
}

/** Ids of the meetings the dossier lists as upcoming (other tests may have booked some too). */
export async function upcomingMeetingIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByTestId('upcoming-meeting')
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => decodeURIComponent(h.replace('#/meeting/', '')));
}

/** Schedules from the dossier and returns the new meeting's id. */
export async function scheduleNew(page: Page, opts: Parameters<typeof scheduleFromDossier>[1]): Promise<string> {
  const card = page.getByTestId('meetings');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('meetings-loading')).toHaveCount(0);
  const before = new Set(await upcomingMeetingIds(page));
  const form = await scheduleFromDossier(page, opts);
  await expect(form).toHaveCount(0);
  const added = () => upcomingMeetingIds(page).then((ids) => ids.filter((id) => !before.has(id)));
  await expect.poll(added).toHaveLength(1);
  return (await added())[0]!;
}

/**
 * Tests share one browser profile (the worker-scoped fixture): what a test adds to the demo
 * dossiers, it removes, so counts other specs rely on stay true.
 */
export async function removeMeeting(page: Page, dashboardUrl: string, id: string): Promise<void> {
  await page.goto(`${dashboardUrl}#/meeting/${encodeURIComponent(id)}`);
  await page.getByTestId('meeting-delete').click();
  await expect(page.getByTestId('undo-toast')).toBeVisible();
}

export async function removeFollowUp(page: Page, dashboardUrl: string, accountId: string, title: string): Promise<void> {
  await page.goto(`${dashboardUrl}#/account/${encodeURIComponent(accountId)}`);
  const card = page.getByTestId('follow-ups');
  await card.getByRole('button', { name: `Delete: ${title}`, exact: true }).click();
  await expect(card.getByRole('button', { name: `Delete: ${title}`, exact: true })).toHaveCount(0);
}
