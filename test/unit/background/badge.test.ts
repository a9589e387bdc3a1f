import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_ALARM, badgeFor, nextBadgeChange, refreshBadge, startBadge } from '@/lib/background/badge-service';
import type { AppDB } from '@/lib/db/app-db';
import { addTask, setTaskStatus } from '@/lib/db/repos/tasks';
import { Task } from '@/lib/schema';
import { addDays, localDay, parseLocalDateTime, runtimeTimeZone } from '@/lib/time/local-time';
import { testDb } from '@/test/unit/db/test-db';
import { enableLiveQueries } from './fake-env';
import { seedAcme } from './fixtures';

const tz = runtimeTimeZone();
const now = new Date();
const today = localDay(now, tz);
const task = (id: string, due: string | null, extra: Partial<Task> = {}) => Task.parse({ id, accountId: 'acme', title: id, due, ...extra });

let db: AppDB;
beforeEach(async () => {
  enableLiveQueries();
  fakeBrowser.reset();
  db = testDb(`badge-${Math.random()}`);
  await seedAcme(db);
});
afterEach(() => vi.restoreAllMocks());

describe('badgeFor', () => {
  it('counts overdue and due today; red when anything is overdue', () => {
    const tasks = [task('a', addDays(today, -2)), task('b', today), task('c', addDays(today, 1)), task('d', null), task('e', today, { status: 'done' })];
    expect(badgeFor(tasks, now, tz)).toEqual({ text: '2', colour: '#b91c1c' });
    expect(badgeFor([task('b', today)], now, tz)).toEqual({ text: '1', colour: '#b45309' });
    expect(badgeFor([], now, tz).text).toBe('');
  });

  it('leaves snoozed follow-ups out until the snooze ends', () => {
    const until = new Date(now.getTime() + 3_600_000).toISOString();
    expect(badgeFor([task('a', addDays(today, -1), { snoozedUntil: until })], now, tz).text).toBe('');
  });

  it('caps the text at 99+', () => {
    expect(badgeFor(Array.from({ length: 120 }, (_, i) => task(`t${i}`, today)), now, tz).text).toBe('99+');
  });
});

describe('nextBadgeChange', () => {
  it('is the next local midnight, or a snooze ending sooner', () => {
    const midnight = Date.parse(parseLocalDateTime(addDays(today, 1), '00:00', tz));
    expect(nextBadgeChange([], now, tz)).toBe(midnight);
    const soon = new Date(now.getTime() + 60_000);
    if (soon.getTime() < midnight) expect(nextBadgeChange([task('a', today, { snoozedUntil: soon.toISOString() })], now, tz)).toBe(soon.getTime());
  });
});

describe('the live badge', () => {
  it('sets text and colour, and books the midnight alarm', async () => {
    await addTask(db, { accountId: 'acme', title: 'Overdue', due: addDays(today, -1) });
    await refreshBadge(db, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(nextBadgeChange([], now, tz));
  });

  it('follows the tasks as they change, and recounts when the day turns', async () => {
    const service = startBadge(db);
    const t = await addTask(db, { accountId: 'acme', title: 'Call Anna', due: today });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await setTaskStatus(db, t.id, 'done');
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    await addTask(db, { accountId: 'acme', title: 'Tomorrow', due: addDays(today, 1) });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toBeDefined());
    // Midnight: tomorrow's follow-up is now due today.
    await refreshBadge(db, new Date(nextBadgeChange([], now, tz) + 1000));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    service.stop();
  });
});
