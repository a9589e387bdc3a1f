/**
 * ical.js converts a time in a VTIMEZONE by expanding the zone's RRULE from its DTSTART up to the
 * event's year, one occurrence at a time: a hostile `RRULE:FREQ=HOURLY` from 1970 took 9 s, and
 * SECONDLY would take hours (repository issue 10). Real zone rules recur once a year on a
 * given month and weekday or day, so only such rules are let through, at most MAX_ZONE_RULES
 * of them, starting no earlier than MIN_RULE_YEAR (Outlook writes 1601); with event years capped
 * by the parser (MAX_EVENT_YEAR in lib/io/ics-parse.ts) the work is bounded by about one
 * occurrence per rule per year.
 */
import ICAL from 'ical.js';

const MAX_ZONE_RULES = 50;
const MIN_RULE_YEAR = 1600;
const ALLOWED_PARTS = new Set(['BYMONTH', 'BYDAY', 'BYMONTHDAY', 'BYSETPOS']);
/** Values per BY part: one month and weekday; BYMONTHDAY up to a week, with BYDAY (the "second Sunday" idiom 8..14). */
const MAX_PART_VALUES: Record<string, number> = { BYMONTH: 1, BYDAY: 1, BYMONTHDAY: 7, BYSETPOS: 1 };

/** The reason the calendar's zones cannot be used safely, or null when they are fine. */
export function unsafeTimezoneRule(root: ICAL.Component): string | null {
  let rules = 0;
  for (const zone of root.getAllSubcomponents('vtimezone')) {
    for (const observance of zone.getAllSubcomponents()) {
      for (const prop of observance.getAllProperties('rrule')) {
        let recur: ICAL.Recur | null;
        try {
          recur = prop.getFirstValue() as ICAL.Recur | null;
        } catch {
          return 'a time zone rule is malformed';
        }
        if (recur?.freq !== 'YEARLY') return 'a time zone rule does not recur yearly';
        if (++rules > MAX_ZONE_RULES) return `the time zones have more than ${MAX_ZONE_RULES} rules`;
        const dtstart = observance.getFirstPropertyValue('dtstart');
        if (!(dtstart instanceof ICAL.Time) || dtstart.year < MIN_RULE_YEAR) return 'a time zone rule starts before 1600';
        // ical.js types say parts is always an object; an RRULE with a bare PARTS key sets it to undefined.
        const parts = (recur.parts as ICAL.Recur['parts'] | undefined) ?? {};
        if ((parts.BYMONTHDAY?.length ?? 0) > 1 && !parts.BYDAY) return 'a time zone rule recurs more than once a year';
        for (const [part, values] of Object.entries(parts)) {
          const list = Array.isArray(values) ? values : [values];
          if (!ALLOWED_PARTS.has(part) || list.length > (MAX_PART_VALUES[part] ?? 0)) {
            return `a time zone rule uses ${part} in a way no real time zone does`;
          }
        }
      }
    }
  }
  return null;
}
