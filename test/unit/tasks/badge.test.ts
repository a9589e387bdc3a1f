import { describe, expect, it } from 'vitest';
import { Task } from '@/lib/schema';
import { badgeFor, nextBadgeChange } from '@/lib/tasks/badge';
import { addDays, localDay, parseLocalDateTime, runtimeTimeZone } from '@/lib/time/local-time';

const tz = runtimeTimeZone();
const now = new Date();
const today = localDay(now, tz);
const task = (id: string, due: string | null, extra: Partial<Task> = {}) =>
  Task.parse({ id, accountId: 'acme', title: id, due, ...extra });

describe('badgeFor', () => {
  it('counts overdue and due today; red when anything is overdue', () => {
    const tasks = [
      task('a', addDays(today, -2)),
      task('b', today),
      task('c', addDays(today, 1)),
      task('d', null),
      task('e', today, { status: 'done' }),
    ];
    expect(badgeFor(tasks, now, tz)).toEqual({ text: '2', colour: '#b91c1c' });
    expect(badgeFor([task('b', today)], now, tz)).toEqual({ text: '1', colour: '#b45309' });
    expect(badgeFor([], now, tz).text).toBe('');
  });

  it('leaves snoozed follow-ups out until the snooze ends', () => {
    const until = new Date(now.getTime() + 3_600_000).toISOString();
    expect(badgeFor([task('a', addDays(today, -1), { snoozedUntil: until })], now, tz).text).toBe('');
  });

  it('caps the text at 99+', () => {
    expect(
      badgeFor(
        Array.from({ length: 120 }, (_, i) => task(`t${i}`, today)),
        now,
        tz,
      ).text,
    ).toBe('99+');
  });
});

describe('nextBadgeChange', () => {
  it('is the next local midnight, or a snooze ending sooner', () => {
    const midnight = Date.parse(parseLocalDateTime(addDays(today, 1), '00:00', tz));
    expect(nextBadgeChange([], now, tz)).toBe(midnight);
    const soon = new Date(now.getTime() + 60_000);
    if (soon.getTime() < midnight)
      expect(nextBadgeChange([task('a', today, { snoozedUntil: soon.toISOString() })], now, tz)).toBe(soon.getTime());
  });
});
