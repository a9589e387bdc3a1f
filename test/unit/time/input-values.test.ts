import { describe, expect, it } from 'vitest';
import { fromLocalInput, isoFromLocal, localDayTime, toLocalInput } from '@/lib/time/input-values';

const HELSINKI = 'Europe/Helsinki';

describe('form input values', () => {
  it('shows an instant as the wall-clock day and time of the zone', () => {
    expect(localDayTime('2026-11-24T08:00:00Z', HELSINKI)).toEqual({ day: '2026-11-24', time: '10:00' });
    expect(localDayTime('2026-03-29T22:30:00Z', HELSINKI)).toEqual({ day: '2026-03-30', time: '01:30' });
    expect(toLocalInput('2026-11-24T08:05:00Z', HELSINKI)).toBe('2026-11-24T10:05');
  });

  it('keeps a bare day as the day, without a time; an unreadable value gives empty inputs', () => {
    expect(localDayTime('2026-11-24', HELSINKI)).toEqual({ day: '2026-11-24', time: '' });
    expect(localDayTime('', HELSINKI)).toEqual({ day: '', time: '' });
    expect(localDayTime('next Tuesday', HELSINKI)).toEqual({ day: '', time: '' });
  });

  it('turns a day and a time back into the instant, or null when either is missing or invalid', () => {
    expect(isoFromLocal('2026-11-24', '10:00', HELSINKI)).toBe('2026-11-24T08:00:00.000Z');
    expect(isoFromLocal('2026-11-24', '', HELSINKI)).toBeNull();
    expect(isoFromLocal('', '10:00', HELSINKI)).toBeNull();
    expect(isoFromLocal('2026-02-30', '10:00', HELSINKI)).toBeNull();
    expect(isoFromLocal('2026-11-24', '25:00', HELSINKI)).toBeNull();
  });

  it('reads a datetime-local value in the zone, null when empty', () => {
    expect(fromLocalInput('2026-07-01T09:00', HELSINKI)).toBe('2026-07-01T06:00:00.000Z');
    expect(fromLocalInput('', HELSINKI)).toBeNull();
  });

  it('round-trips through the inputs', () => {
    const at = '2026-07-01T06:45:00.000Z';
    const { day, time } = localDayTime(at, HELSINKI);
    expect(isoFromLocal(day, time, HELSINKI)).toBe(at);
    expect(fromLocalInput(toLocalInput(at, HELSINKI), HELSINKI)).toBe(at);
  });
});
