import fc from 'fast-check';
import { IcsParseError, MAX_ICS_TEXT_CHARS, parseIcsEvents } from '@/lib/io/ics-parse';
import { fastestMs } from '../fastest-ms';

/** A valid result or an IcsParseError; anything else (TypeError, RangeError…) fails the property. */
function parseOrClearError(text: string): boolean {
  try {
    parseIcsEvents(text, { tz: 'Europe/Helsinki' });
    return true;
  } catch (e) {
    if (e instanceof IcsParseError) return true;
    throw e;
  }
}

function timed(text: string): number {
  return fastestMs(() => parseOrClearError(text));
}

const line = fc.oneof(
  fc.constantFrom(
    'BEGIN:VCALENDAR',
    'END:VCALENDAR',
    'BEGIN:VEVENT',
    'END:VEVENT',
    'BEGIN:VTIMEZONE',
    'END:VTIMEZONE',
    'BEGIN:STANDARD',
    'END:STANDARD',
    'TZID:X',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'DTSTART:19700101T000000',
    'RRULE:FREQ=YEARLY',
    'RRULE:FREQ=HOURLY',
    'DTSTART:20260101T100000Z',
    'DTSTART;TZID=X:20260101T100000',
    'DTSTART;VALUE=DATE:20260101',
    'DTEND:20260101T110000Z',
    'DURATION:PT1H',
    'RECURRENCE-ID:20260101T100000Z',
    'ATTENDEE;CN="A: B";RSVP=TRUE:mailto:a@b.example',
    'ORGANIZER:mailto:o@b.example',
    'METHOD:CANCEL',
    'SUMMARY:x\\, y',
    ' folded',
    '\tfolded',
    '',
    'X-A;a=b;c="d;e":f',
    'DTSTART:garbage',
  ),
  fc.string({ maxLength: 40 }),
);
const calendarText = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\r\n', '\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

describe('.ics parse (property)', () => {
  it('random and adversarial calendars give events or an IcsParseError, never another exception', () => {
    fc.assert(fc.property(calendarText, parseOrClearError), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ maxLength: 300 }), parseOrClearError), { numRuns: 1000 });
  });

  it('200 KB of repeated BEGIN:VEVENT lines parse (or fail) in under 200 ms', () => {
    const repeated = 'BEGIN:VEVENT\r\n'.repeat(Math.ceil((200 * 1024) / 14));
    expect(timed(repeated)).toBeLessThan(200);
    expect(timed(`BEGIN:VCALENDAR\r\n${repeated}`)).toBeLessThan(200);
    expect(timed(`BEGIN:VCALENDAR\r\n${repeated}END:VCALENDAR`)).toBeLessThan(200);
    expect(timed('BEGIN:VCALENDAR\r\n'.repeat(Math.ceil((200 * 1024) / 17)))).toBeLessThan(200);
  });

  it('thousands of events, parameters or a fast-recurring zone stay within a time bound', () => {
    const events = 'BEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\n'.repeat(4000);
    expect(timed(`BEGIN:VCALENDAR\r\n${events}END:VCALENDAR`)).toBeLessThan(400);
    const params = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\nX-A${';a=b'.repeat(50_000)}:x\r\nEND:VEVENT\r\nEND:VCALENDAR`;
    expect(timed(params)).toBeLessThan(200);
    const zone = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:X',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=HOURLY',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'DTSTART;TZID=X:20260101T100000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(timed(zone)).toBeLessThan(200);
  });

  it('rejects text above the size cap with a clear error', () => {
    const big = `BEGIN:VCALENDAR\r\n${'X'.repeat(MAX_ICS_TEXT_CHARS)}`;
    expect(() => parseIcsEvents(big)).toThrow(expect.objectContaining({ code: 'too-large', name: 'IcsParseError' }));
  });
});
