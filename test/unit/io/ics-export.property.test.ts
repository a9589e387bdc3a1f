import fc from 'fast-check';
import ICAL from 'ical.js';
import { exportIcs, meetingUid, taskUid } from '@/lib/io/ics';
import { Account } from '@/lib/schema/account';
import { Contact } from '@/lib/schema/contact';
import { Meeting } from '@/lib/schema/meeting';
import { Task } from '@/lib/schema/task';

const now = new Date('2026-03-28T12:00:00Z');
// U+0000–U+001F and U+007F: the Unicode control class less its C1 block (lib/io/ics-safe-text.ts).
const CONTROLS = /(?![\u0080-\u009f])\p{Cc}/gu;
/** What a one-line field and a CN are expected to read back as. */
const oneLine = (s: string) =>
  s
    .replace(/\r\n?|\n|\t/g, ' ')
    .replace(CONTROLS, '')
    .trim();
const cn = (s: string) => oneLine(s).replace(/["\\]/g, '').trim();

// Strings that mix text with the characters that break .ics lines, values and parameters.
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\r',
      '\n',
      '\r\n',
      '"',
      ';',
      ':',
      ',',
      '\\',
      '^',
      "^'",
      '^n',
      '\u0000',
      '\u007f',
      '\t',
      'BEGIN:VEVENT',
      'UID:x',
    ),
    fc.string({ maxLength: 3 }),
  ),
  maxLength: 20,
});
const id = hostile.filter((s) => s.length > 0);
const name = hostile.filter((s) => s.trim().length > 0);

describe('.ics export round trip (property)', () => {
  it('hostile ids, names and titles parse back with ical.js to exactly the exported events and attendees', () => {
    fc.assert(
      fc.property(id, id, name, name, name, fc.emailAddress(), (meetingId, taskId, accountName, contactName, title, email) => {
        const accounts = [Account.parse({ id: 'a1', name: accountName })];
        const contact = Contact.parse({ id: 'c1', accountId: 'a1', name: contactName, emails: [email] });
        const meeting = Meeting.parse({
          id: meetingId,
          accountId: 'a1',
          type: 'call',
          at: '2026-03-31T08:00:00Z',
          contactIds: ['c1'],
        });
        const task = Task.parse({ id: taskId, accountId: 'a1', title, due: '2026-04-02' });
        const text = exportIcs({ meetings: [meeting], tasks: [task], accounts, contacts: [contact], now, tz: 'UTC' });

        const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
        const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v, { exceptions: [] }));
        expect(events.map((e) => e.uid)).toEqual([meetingUid(meetingId), taskUid(taskId)]);
        const [m, t] = events as [ICAL.Event, ICAL.Event];
        expect(m.startDate.toJSDate().toISOString()).toBe('2026-03-31T08:00:00.000Z');
        expect(m.summary).toBe(oneLine(`Call — ${accounts[0]!.name}`));
        expect(m.attendees.map((a) => String(a.getFirstValue()).replace(/^mailto:/i, ''))).toEqual([contact.emails[0]]);
        const expectedCn = cn(contact.name);
        // ical.js types say getParameter always gives a value; an attendee without CN gives undefined.
        const cns = m.attendees.map((a): unknown[] | string | undefined => a.getParameter('cn'));
        expect(cns.map((c) => c ?? '')).toEqual([expectedCn]);
        expect(t.summary).toBe(oneLine(`${task.title} — ${accounts[0]!.name}`));
        expect(t.startDate.toString()).toBe('2026-04-02');
        for (const l of text.split('\r\n')) expect(l).not.toMatch(CONTROLS);
      }),
      { numRuns: 500 },
    );
  });
});
