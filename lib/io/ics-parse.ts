/**
 * Read a calendar invitation (an emailed .ics, or iCalendar text on a calendar page) into the
 * fields the meeting form needs. ical.js does the parsing and resolves TZIDs from the invite's
 * own VTIMEZONE; we only add a fallback for invites that name an IANA zone without defining
 * it, which ical.js would otherwise read as floating (runtime-local) time.
 */
import ICAL from 'ical.js';
import { dayFromParts, isTimeZone, parseLocalDateTime, runtimeTimeZone } from '@/lib/time/local-time';
import { countComponents, cutCalendar, maxParametersPerLine } from './ics-scan';
import { unsafeTimezoneRule } from './ics-timezone-guard';

/**
 * Largest invitation text we parse (UTF-16 code units). Invitations are a few KB; the cap keeps
 * a hostile one from holding the worker, whose every panel waits on it. Callers that take
 * invitation text from outside may check it early with the same constant.
 */
export const MAX_ICS_TEXT_CHARS = 1024 * 1024;
/** Components (calendar, zones, events, alarms) in one file; ical.js looks some up by scanning siblings. */
const MAX_COMPONENTS = 2000;
/**
 * Years an event may fall in. Converting a time in a file's own VTIMEZONE expands the zone's rules
 * up to that year (lib/io/ics-timezone-guard.ts), so the year bounds that work.
 */
const MIN_EVENT_YEAR = 1600;
const MAX_EVENT_YEAR = 2200;
/** Parameters on one line; real ATTENDEE lines carry fewer than ten. */
const MAX_LINE_PARAMETERS = 100;

export interface IcsPerson {
  email: string;
  name: string;
}

export interface IcsInvite {
  uid: string;
  summary: string;
  /** UTC ISO date-time; for an all-day event the day 'YYYY-MM-DD'. */
  start: string;
  /** Like `start`; all-day ends are exclusive (the day after the last day), as in iCalendar. */
  end: string;
  allDay: boolean;
  organizer: IcsPerson | null;
  attendees: IcsPerson[];
  location: string;
  url: string;
  description: string;
  /** REQUEST, CANCEL, PUBLISH … when the calendar says; a CANCEL must not create a meeting. */
  method: string | null;
  status: string | null;
}

export type IcsParseErrorCode = 'empty' | 'too-large' | 'no-calendar' | 'malformed' | 'no-event' | 'no-start';

export class IcsParseError extends Error {
  constructor(
    readonly code: IcsParseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IcsParseError';
  }
}

export interface IcsParseOptions {
  /** Zone for floating times and unknown TZIDs; the runtime's zone by default. */
  tz?: string;
}

/** The invitation's event: the series master when the file also carries exceptions. */
export function parseIcsInvite(text: string, options: IcsParseOptions = {}): IcsInvite {
  const events = parseIcsEvents(text, options);
  const first = events[0];
  if (!first) throw new IcsParseError('no-event', 'The calendar data contains no event (VEVENT).');
  return first;
}

/** Every VEVENT, masters before recurrence exceptions, in file order otherwise. */
export function parseIcsEvents(text: string, options: IcsParseOptions = {}): IcsInvite[] {
  const root = parseCalendar(text);
  const tz = options.tz ?? runtimeTimeZone();
  const method = textProp(root, 'method') || null;
  const vevents = root.getAllSubcomponents('vevent');
  const ordered = [
    ...vevents.filter((v) => !v.hasProperty('recurrence-id')),
    ...vevents.filter((v) => v.hasProperty('recurrence-id')),
  ];
  return ordered.map((v) => toInvite(v, method, tz));
}

/** Cut the calendar out of surrounding text (an email body, a page) and parse it; every step linear. */
function parseCalendar(text: string): ICAL.Component {
  if (!text.trim()) throw new IcsParseError('empty', 'No calendar data was given.');
  if (text.length > MAX_ICS_TEXT_CHARS) {
    throw new IcsParseError('too-large', `The calendar data is larger than ${MAX_ICS_TEXT_CHARS / 1024} KB.`);
  }
  const body = cutCalendar(text);
  if (body === null) throw new IcsParseError('no-calendar', 'This is not iCalendar data (no BEGIN:VCALENDAR or BEGIN:VEVENT).');
  if (maxParametersPerLine(body) > MAX_LINE_PARAMETERS) {
    throw new IcsParseError(
      'malformed',
      `The calendar data is malformed: a line has more than ${MAX_LINE_PARAMETERS} parameters.`,
    );
  }
  let jcal: unknown;
  try {
    jcal = ICAL.parse(body.replace(/\n/g, '\r\n'));
  } catch (e) {
    throw new IcsParseError('malformed', `The calendar data is malformed: ${e instanceof Error ? e.message : String(e)}`);
  }
  const first = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal;
  if (countComponents(first) > MAX_COMPONENTS) {
    throw new IcsParseError('too-large', `The calendar data has more than ${MAX_COMPONENTS} components.`);
  }
  const root = new ICAL.Component(first as unknown[]);
  const unsafe = unsafeTimezoneRule(root);
  if (unsafe) throw new IcsParseError('malformed', `The calendar data is malformed: ${unsafe}.`);
  return root;
}

function toInvite(vevent: ICAL.Component, method: string | null, tz: string): IcsInvite {
  const startProp = vevent.getFirstProperty('dtstart');
  if (!startProp) throw new IcsParseError('no-start', 'The event has no start time (DTSTART).');
  const { start, end } = eventDates(vevent);
  if (!start) throw new IcsParseError('no-start', 'The event has no start time (DTSTART).');
  for (const t of [start, end]) {
    if (t.year < MIN_EVENT_YEAR || t.year > MAX_EVENT_YEAR) {
      throw new IcsParseError('malformed', `The event's dates are outside the years ${MIN_EVENT_YEAR}–${MAX_EVENT_YEAR}.`);
    }
  }
  const endProp = vevent.getFirstProperty('dtend') ?? startProp;

  return {
    uid: textProp(vevent, 'uid'),
    summary: textProp(vevent, 'summary'),
    start: timeToString(start, startProp, tz),
    end: timeToString(end, endProp, tz),
    allDay: start.isDate,
    organizer: person(vevent.getFirstProperty('organizer')),
    attendees: vevent
      .getAllProperties('attendee')
      .map(person)
      .filter((p): p is IcsPerson => p !== null),
    location: textProp(vevent, 'location'),
    url: textProp(vevent, 'url'),
    description: textProp(vevent, 'description'),
    method,
    status: textProp(vevent, 'status') || null,
  };
}

function eventDates(vevent: ICAL.Component): { start: ICAL.Time | null; end: ICAL.Time } {
  try {
    // No exceptions to relate: we read only this event's own dates, and relating them scans every
    // sibling event — quadratic in a file with thousands of events.
    const event = new ICAL.Event(vevent, { exceptions: [] });
    // `start` is nullable although ical.js types say never null: it is null when DTSTART has no value.
    return { start: event.startDate, end: event.endDate };
  } catch (e) {
    throw new IcsParseError('malformed', `The event's dates are malformed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * A time as UTC ISO. Zones ical.js resolved (Z, or a VTIMEZONE in the file) convert directly;
 * floating times and TZIDs it could not resolve are read as wall-clock time in the named IANA
 * zone if it is one, else in `tz`.
 */
function timeToString(time: ICAL.Time, prop: ICAL.Property, tz: string): string {
  const day = dayFromParts(time.year, time.month, time.day);
  if (time.isDate) return day;
  // ical.js types say a Time always has a zone, but a DTSTART or DTEND with VALUE=TEXT gives a
  // string in its place, which has none (test/unit/io/ics-parse.test.ts).
  const zone = time.zone as ICAL.Timezone | undefined;
  if (zone && zone.tzid !== 'floating') return time.toJSDate().toISOString();
  const tzid = prop.getParameter('tzid');
  const named = typeof tzid === 'string' && isTimeZone(tzid) ? tzid : tz;
  return parseLocalDateTime(day, `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`, named);
}

/** ORGANIZER / ATTENDEE -> { email, name }; the address is the mailto: value or EMAIL param. */
function person(prop: ICAL.Property | null): IcsPerson | null {
  if (!prop) return null;
  const value = String(prop.getFirstValue() ?? '');
  const param = prop.getParameter('email');
  const email = (/^mailto:/i.test(value) ? value.replace(/^mailto:/i, '') : typeof param === 'string' ? param : '')
    .trim()
    .toLowerCase();
  if (!email) return null;
  const cn = prop.getParameter('cn');
  return { email, name: typeof cn === 'string' ? cn.trim() : '' };
}

function textProp(component: ICAL.Component, name: string): string {
  return String(component.getFirstPropertyValue(name) ?? '');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
