import { IcsParseError, parseIcsEvents, parseIcsInvite } from '@/lib/io/ics-parse';

const crlf = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => l.replace(/^ {4}/, ''))
    .join('\r\n');

/** A Google Calendar invitation as emailed: TZID=Europe/Helsinki with its VTIMEZONE. */
const helsinkiInvite = crlf(`
    BEGIN:VCALENDAR
    PRODID:-//Google Inc//Google Calendar 70.9054//EN
    VERSION:2.0
    CALSCALE:GREGORIAN
    METHOD:REQUEST
    BEGIN:VTIMEZONE
    TZID:Europe/Helsinki
    X-LIC-LOCATION:Europe/Helsinki
    BEGIN:DAYLIGHT
    TZOFFSETFROM:+0200
    TZOFFSETTO:+0300
    TZNAME:EEST
    DTSTART:19700329T030000
    RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
    END:DAYLIGHT
    BEGIN:STANDARD
    TZOFFSETFROM:+0300
    TZOFFSETTO:+0200
    TZNAME:EET
    DTSTART:19701025T040000
    RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
    END:STANDARD
    END:VTIMEZONE
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Helsinki:20260330T100000
    DTEND;TZID=Europe/Helsinki:20260330T113000
    DTSTAMP:20260320T101010Z
    ORGANIZER;CN=Anna Virtanen:mailto:anna.virtanen@acme.fi
    UID:7kukuqrf1bq3v0ikp8s1dfs9ce@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
     TRUE;CN=kam@keyside.example;X-NUM-GUESTS=0:mailto:kam@keyside.example
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mäkinen
     , Pekka";X-NUM-GUESTS=0:mailto:Pekka@Acme.fi
    SUMMARY:Sopimusneuvottelu / Contract negotiation
    LOCATION:Acme Oy\\, Mannerheimintie 1\\, Helsinki
    DESCRIPTION:Agenda:\\n1. Prices\\n2. Delivery
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
`);

/** Outlook names zones the Windows way and defines them inline. */
const outlookInvite = crlf(`
    BEGIN:VCALENDAR
    METHOD:REQUEST
    PRODID:Microsoft Exchange Server 2010
    VERSION:2.0
    BEGIN:VTIMEZONE
    TZID:FLE Standard Time
    BEGIN:STANDARD
    DTSTART:16010101T040000
    TZOFFSETFROM:+0300
    TZOFFSETTO:+0200
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:16010101T030000
    TZOFFSETFROM:+0200
    TZOFFSETTO:+0300
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
    END:DAYLIGHT
    END:VTIMEZONE
    BEGIN:VEVENT
    ORGANIZER;CN=Liisa Korhonen:mailto:liisa.korhonen@acme.fi
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=KAM:mailto:kam@keyside.example
    SUMMARY;LANGUAGE=fi-FI:Reklamaatio: toimitus 12/2025
    DTSTART;TZID=FLE Standard Time:20260327T100000
    DTEND;TZID=FLE Standard Time:20260327T103000
    UID:040000008200E00074C5B7101A82E00800000000
    LOCATION;LANGUAGE=fi-FI:Microsoft Teams -kokous
    END:VEVENT
    END:VCALENDAR
`);

describe('parseIcsInvite', () => {
  it('reads a Helsinki TZID invite through its VTIMEZONE (the Monday after the DST change)', () => {
    expect(parseIcsInvite(helsinkiInvite)).toEqual({
      uid: '7kukuqrf1bq3v0ikp8s1dfs9ce@google.com',
      summary: 'Sopimusneuvottelu / Contract negotiation',
      start: '2026-03-30T07:00:00.000Z', // 10:00 EEST
      end: '2026-03-30T08:30:00.000Z',
      allDay: false,
      organizer: { email: 'anna.virtanen@acme.fi', name: 'Anna Virtanen' },
      attendees: [
        { email: 'kam@keyside.example', name: 'kam@keyside.example' },
        { email: 'pekka@acme.fi', name: 'Mäkinen, Pekka' },
      ],
      location: 'Acme Oy, Mannerheimintie 1, Helsinki',
      url: '',
      description: 'Agenda:\n1. Prices\n2. Delivery',
      method: 'REQUEST',
      status: 'CONFIRMED',
    });
  });

  it('does not depend on the runtime or fallback zone when the invite defines its zone', () => {
    expect(parseIcsInvite(helsinkiInvite, { tz: 'America/New_York' }).start).toBe('2026-03-30T07:00:00.000Z');
  });

  it('reads Outlook’s Windows zone names from the inline VTIMEZONE (winter time)', () => {
    const inv = parseIcsInvite(outlookInvite);
    expect(inv).toMatchObject({
      start: '2026-03-27T08:00:00.000Z', // 10:00 EET, two days before the change
      end: '2026-03-27T08:30:00.000Z',
      summary: 'Reklamaatio: toimitus 12/2025',
      organizer: { email: 'liisa.korhonen@acme.fi', name: 'Liisa Korhonen' },
      attendees: [{ email: 'kam@keyside.example', name: 'KAM' }],
    });
  });

  it('falls back to Intl for an IANA TZID the file does not define', () => {
    const text = crlf(`
    BEGIN:VCALENDAR
    VERSION:2.0
    BEGIN:VEVENT
    UID:msk-1
    DTSTART;TZID=Europe/Moscow:20260330T100000
    DTEND;TZID=Europe/Moscow:20260330T110000
    SUMMARY:Переговоры
    END:VEVENT
    END:VCALENDAR`);
    expect(parseIcsInvite(text, { tz: 'America/New_York' })).toMatchObject({
      start: '2026-03-30T07:00:00.000Z',
      end: '2026-03-30T08:00:00.000Z',
      summary: 'Переговоры',
    });
  });

  it('reads floating times and unknown zone names in the fallback zone', () => {
    const text = (tzid: string) =>
      crlf(`
    BEGIN:VCALENDAR
    VERSION:2.0
    BEGIN:VEVENT
    UID:f-1
    DTSTART${tzid}:20260309T100000
    DURATION:PT45M
    END:VEVENT
    END:VCALENDAR`);
    expect(parseIcsInvite(text(''), { tz: 'America/New_York' })).toMatchObject({
      start: '2026-03-09T14:00:00.000Z',
      end: '2026-03-09T14:45:00.000Z',
    });
    expect(parseIcsInvite(text(';TZID=Custom Zone'), { tz: 'Europe/Helsinki' }).start).toBe('2026-03-09T08:00:00.000Z');
  });

  it('reports all-day events as days, with the exclusive end', () => {
    const text = crlf(`
    BEGIN:VCALENDAR
    VERSION:2.0
    BEGIN:VEVENT
    UID:ad-1
    DTSTART;VALUE=DATE:20260415
    SUMMARY:Messut / ярмарка / ბაზრობა
    END:VEVENT
    END:VCALENDAR`);
    expect(parseIcsInvite(text)).toMatchObject({
      allDay: true,
      start: '2026-04-15',
      end: '2026-04-16',
      summary: 'Messut / ярмарка / ბაზრობა',
      organizer: null,
      attendees: [],
    });
  });

  it('finds the calendar inside an email body or page text, and accepts a bare VEVENT', () => {
    const email = `Subject: Invitation\n\nPlease join.\n\n${helsinkiInvite.replace(/\r\n/g, '\n')}\n\n-- \nAnna`;
    expect(parseIcsInvite(email).start).toBe('2026-03-30T07:00:00.000Z');
    const bare =
      'Copied from the calendar page:\nBEGIN:VEVENT\nUID:b-1\nDTSTART:20260330T070000Z\nDTEND:20260330T080000Z\nSUMMARY:Call\nEND:VEVENT\n';
    expect(parseIcsInvite(bare)).toMatchObject({ uid: 'b-1', start: '2026-03-30T07:00:00.000Z', method: null });
  });

  it('returns the series master before its exceptions, and keeps METHOD:CANCEL visible', () => {
    const text = crlf(`
    BEGIN:VCALENDAR
    VERSION:2.0
    METHOD:CANCEL
    BEGIN:VEVENT
    UID:r-1
    RECURRENCE-ID:20260406T070000Z
    DTSTART:20260407T070000Z
    DTEND:20260407T080000Z
    SUMMARY:Moved
    END:VEVENT
    BEGIN:VEVENT
    UID:r-1
    DTSTART:20260330T070000Z
    DTEND:20260330T080000Z
    RRULE:FREQ=WEEKLY;COUNT=4
    SUMMARY:Weekly review
    STATUS:CANCELLED
    END:VEVENT
    END:VCALENDAR`);
    expect(parseIcsInvite(text)).toMatchObject({ summary: 'Weekly review', method: 'CANCEL', status: 'CANCELLED' });
    expect(parseIcsEvents(text).map((e) => e.summary)).toEqual(['Weekly review', 'Moved']);
  });

  it.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['Hello, see you on Monday!', 'no-calendar'],
    ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nTHIS LINE IS BROKEN\r\nEND:VCALENDAR', 'malformed'],
    ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR', 'no-event'],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR', 'no-start'],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026-99-99\r\nEND:VEVENT\r\nEND:VCALENDAR', 'malformed'],
  ])('gives a clear error for %j', (text, code) => {
    let err: unknown;
    try {
      parseIcsInvite(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(IcsParseError);
    expect((err as IcsParseError).code).toBe(code);
    expect((err as IcsParseError).message.length).toBeGreaterThan(10);
  });

  it('refuses an event whose DTSTART or DTEND is text rather than a date-time', () => {
    // ical.js hands back the text in place of a Time; lib/io/ics-parse.ts must not read it as one.
    for (const dates of [
      'DTSTART;VALUE=TEXT:abc\r\nDTEND:20260330T080000Z',
      'DTSTART:20260330T070000Z\r\nDTEND;VALUE=TEXT:abc',
    ]) {
      expect(() =>
        parseIcsInvite(`BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n${dates}\r\nEND:VEVENT\r\nEND:VCALENDAR`),
      ).toThrow();
    }
  });
});
