import {
  addDays,
  dayFromParts,
  dayOf,
  daysBetween,
  endOfLocalDay,
  isTimeZone,
  localDay,
  localParts,
  localTime,
  noonOf,
  parseLocalDateTime,
  startOfWeek,
  tzOffsetMs,
  weekdayOf,
} from '@/lib/time/local-time';

describe('localDay', () => {
  it('gives the day on the wall clock of the zone, not UTC', () => {
    const t = '2026-03-29T22:30:00Z';
    expect(localDay(t, 'UTC')).toBe('2026-03-29');
    expect(localDay(t, 'Europe/Helsinki')).toBe('2026-03-30'); // 01:30 EEST
    expect(localDay(t, 'Europe/Moscow')).toBe('2026-03-30');
    expect(localDay(t, 'America/New_York')).toBe('2026-03-29');
  });

  it('defaults to the runtime zone', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(localDay('2026-01-15T12:00:00Z')).toBe(localDay('2026-01-15T12:00:00Z', zone));
  });

  it('reads midnight as hour 0', () => {
    expect(localParts('2026-01-15T22:00:00Z', 'Europe/Helsinki')).toMatchObject({ day: 16, hour: 0, weekday: 5 });
    expect(localTime('2026-01-15T22:05:00Z', 'Europe/Helsinki')).toBe('00:05');
  });

  it('throws on an unknown zone', () => {
    expect(() => localDay(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('parseLocalDateTime', () => {
  it('uses the offset in force on that date, not today’s', () => {
    expect(parseLocalDateTime('2026-03-27', '10:00', 'Europe/Helsinki')).toBe('2026-03-27T08:00:00.000Z'); // EET
    expect(parseLocalDateTime('2026-03-30', '10:00', 'Europe/Helsinki')).toBe('2026-03-30T07:00:00.000Z'); // EEST
    expect(parseLocalDateTime('2026-03-30', '10:00', 'Europe/Moscow')).toBe('2026-03-30T07:00:00.000Z'); // MSK, no DST
    expect(parseLocalDateTime('2026-03-06', '10:00', 'America/New_York')).toBe('2026-03-06T15:00:00.000Z'); // EST
    expect(parseLocalDateTime('2026-03-09', '10:00', 'America/New_York')).toBe('2026-03-09T14:00:00.000Z'); // EDT
    expect(parseLocalDateTime('2026-11-02', '10:00', 'America/New_York')).toBe('2026-11-02T15:00:00.000Z');
    expect(parseLocalDateTime('2026-07-01', '9:05', 'Asia/Tbilisi')).toBe('2026-07-01T05:05:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    // Helsinki 2026-03-29: 03:00 EET jumps to 04:00 EEST; 03:30 does not exist.
    expect(parseLocalDateTime('2026-03-29', '03:30', 'Europe/Helsinki')).toBe('2026-03-29T01:30:00.000Z'); // 04:30 EEST
  });

  it('takes the earlier instant of an ambiguous fall-back time', () => {
    // Helsinki 2026-10-25: 04:00 EEST falls back to 03:00 EET; 03:30 happens twice.
    expect(parseLocalDateTime('2026-10-25', '03:30', 'Europe/Helsinki')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips with localDay/localTime', () => {
    for (const tz of ['Europe/Helsinki', 'Europe/Moscow', 'America/New_York', 'Asia/Tbilisi', 'UTC']) {
      const iso = parseLocalDateTime('2026-10-26', '10:00', tz);
      expect(localDay(iso, tz)).toBe('2026-10-26');
      expect(localTime(iso, tz)).toBe('10:00');
    }
  });

  it('rejects malformed input', () => {
    expect(() => parseLocalDateTime('30.03.2026', '10:00', 'UTC')).toThrow(RangeError);
    expect(() => parseLocalDateTime('2026-02-30', '10:00', 'UTC')).toThrow(/no such day/);
    expect(() => parseLocalDateTime('2026-03-30', '25:00', 'UTC')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('adds days across month ends and DST without drifting', () => {
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
    expect(daysBetween('2026-04-02', '2026-03-28')).toBe(-5);
  });

  it('knows weekdays and week starts', () => {
    expect(weekdayOf('2026-03-30')).toBe(1); // Monday
    expect(weekdayOf('2026-03-29')).toBe(7);
    expect(startOfWeek('2026-04-02')).toBe('2026-03-30');
    expect(startOfWeek('2026-03-29')).toBe('2026-03-23');
    expect(startOfWeek('2026-04-02', 7)).toBe('2026-03-29');
    expect(startOfWeek('2026-03-29', 7)).toBe('2026-03-29');
  });

  it('treats a plain day as that local day and a date-time by zone', () => {
    expect(dayOf('2026-03-30', 'America/New_York')).toBe('2026-03-30');
    expect(dayOf('2026-03-30T02:00:00Z', 'America/New_York')).toBe('2026-03-29');
  });

  it('computes offsets', () => {
    expect(tzOffsetMs(Date.parse('2026-01-01T00:00:00Z'), 'Europe/Helsinki')).toBe(2 * 3600_000);
    expect(tzOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Helsinki')).toBe(3 * 3600_000);
    expect(tzOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'America/New_York')).toBe(-4 * 3600_000);
  });
});

describe('day helpers', () => {
  it('ends a local day at its last millisecond in the zone', () => {
    expect(endOfLocalDay('2026-11-24', 'Europe/Helsinki')).toBe('2026-11-24T21:59:59.999Z');
    // The spring-forward day is 23 hours long.
    expect(endOfLocalDay('2026-03-29', 'Europe/Helsinki')).toBe('2026-03-29T20:59:59.999Z');
    expect(endOfLocalDay('2026-11-24', 'UTC')).toBe('2026-11-24T23:59:59.999Z');
  });

  it('writes calendar fields as a day', () => {
    expect(dayFromParts(2026, 3, 1)).toBe('2026-03-01');
    expect(dayFromParts(987, 12, 31)).toBe('0987-12-31');
  });

  it('names the right day at noon in the runtime zone', () => {
    const noon = noonOf('2026-11-24');
    expect(localDay(noon)).toBe('2026-11-24');
    expect(noon.getHours()).toBe(12);
  });

  it('knows IANA zone names', () => {
    expect(isTimeZone('Europe/Helsinki')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
