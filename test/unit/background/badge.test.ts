import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_ALARM, refreshBadge, startBadge } from '@/lib/background/badge-service';
import { nextBadgeChange } from '@/lib/tasks/badge';
import type { AppDB } from '@/lib/db/app-db';
import { addTask, setTaskStatus } from '@/lib/db/repos/tasks';
import { addDays, localDay, runtimeTimeZone } from '@/lib/time/local-time';
import { testDb } from '@/test/unit/db/test-db';
import { enableLiveQueries } from './fake-env';
import { seedAcme } from './fixtures';

const tz = runtimeTimeZone();
const now = new Date();
const today = localDay(now, tz);

let db: AppDB;
beforeEach(async () => {
  enableLiveQueries();
  fakeBrowser.reset();
  db = testDb(`badge-${Math.random()}`);
  await seedAcme(db);
});
afterEach(() => vi.restoreAllMocks());

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
