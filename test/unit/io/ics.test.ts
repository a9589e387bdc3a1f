import ICAL from 'ical.js';
import { exportIcs, meetingUid, taskUid } from '@/lib/io/ics';
import { parseIcsEvents } from '@/lib/io/ics-parse';
import { Account } from '@/lib/schema/account';
import { ChecklistTemplate } from '@/lib/schema/checklist-template';
import { Contact } from '@/lib/schema/contact';
import { Meeting } from '@/lib/schema/meeting';
import { Task } from '@/lib/schema/task';
import { parseLocalDateTime } from '@/lib/time/local-time';

const HEL = 'Europe/Helsinki';
const accounts = [Account.parse({ id: 'a1', name: 'Acme Oy' }), Account.parse({ id: 'a2', name: 'ООО «Ромашка», Москва' })];
const contacts = [
  Contact.parse({ id: 'c1', accountId: 'a1', name: 'Anna Virtanen', emails: ['Anna.Virtanen@acme.fi', 'anna@home.fi'] }),
  Contact.parse({ id: 'c2', accountId: 'a1', name: 'Mäkinen, Pekka', emails: ['pekka@acme.fi'] }),
  Contact.parse({ id: 'c3', accountId: 'a1', name: 'No Email' }),
  Contact.parse({ id: 'c4', accountId: 'a2', name: 'Иван Петров', emails: ['ivan@romashka.ru'] }),
];
const meetings = [
  Meeting.parse({
    id: 'm1',
    accountId: 'a1',
    type: 'negotiation',
    at: parseLocalDateTime('2026-03-30', '10:00', HEL), // the Monday after the DST change
    durationMin: 90,
    place: 'Mannerheimintie 1, Helsinki',
    contactIds: ['c1', 'c2', 'c3'],
    checked: ['negotiation.authority'],
  }),
  Meeting.parse({
    id: 'm2',
    accountId: 'a2',
    type: 'call',
    at: '2026-03-31T08:00:00Z',
    place: 'https://meet.example.com/abc',
    contactIds: ['c4'],
  }),
];
const tasks = [
  Task.parse({ id: 't1', accountId: 'a1', title: 'Send the protocol; check terms', due: '2026-04-02' }),
  // 22:30Z on 04-02 is 01:30 on 04-03 in Helsinki: the follow-up is on the 3rd there.
  Task.parse({ id: 't2', accountId: 'a2', title: 'Позвонить', due: '2026-04-02T22:30:00Z' }),
  Task.parse({ id: 't3', accountId: 'a1', title: 'Undated' }),
  Task.parse({ id: 't4', accountId: 'a1', title: 'Done', due: '2026-04-01', status: 'done' }),
];
const now = new Date('2026-03-28T12:00:00Z');

describe('exportIcs', () => {
  const text = exportIcs({ meetings, tasks, accounts, contacts, tz: HEL, now, locale: 'en' });

  it('writes a VCALENDAR with the Keyside PRODID, CRLF lines and stable UIDs', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('PRODID:-//Keyside//Keyside//EN');
    expect(text).toContain(`UID:${meetingUid('m1')}`);
    expect(text).toContain(`UID:${taskUid('t1')}`);
    expect(text).not.toContain(taskUid('t3'));
    expect(text).not.toContain(taskUid('t4'));
    // Same input, same output: re-importing updates instead of duplicating.
    expect(exportIcs({ meetings, tasks, accounts, contacts, tz: HEL, now, locale: 'en' })).toBe(text);
  });

  it('round-trips through the parser: same times, summaries and attendees', () => {
    const events = parseIcsEvents(text);
    expect(events).toHaveLength(4);
    const m1 = events.find((e) => e.uid === meetingUid('m1'))!;
    expect(m1).toMatchObject({
      summary: 'Negotiation — Acme Oy',
      start: '2026-03-30T07:00:00.000Z',
      end: '2026-03-30T08:30:00.000Z',
      allDay: false,
      location: 'Mannerheimintie 1, Helsinki',
      attendees: [
        { email: 'anna.virtanen@acme.fi', name: 'Anna Virtanen' },
        { email: 'pekka@acme.fi', name: 'Mäkinen, Pekka' },
      ],
    });
    expect(m1.description.split('\n')[0]).toBe('Checklist:');
    expect(m1.description).toContain('☑ The limits of my authority');
    expect(m1.description).toContain('☐ Be on time — plan the route and travel time');

    const m2 = events.find((e) => e.uid === meetingUid('m2'))!;
    expect(m2).toMatchObject({
      summary: 'Call — ООО «Ромашка», Москва',
      start: '2026-03-31T08:00:00.000Z',
      end: '2026-03-31T09:00:00.000Z',
      url: 'https://meet.example.com/abc',
      attendees: [{ email: 'ivan@romashka.ru', name: 'Иван Петров' }],
    });

    const t1 = events.find((e) => e.uid === taskUid('t1'))!;
    expect(t1).toMatchObject({
      summary: 'Send the protocol; check terms — Acme Oy',
      allDay: true,
      start: '2026-04-02',
      end: '2026-04-03',
    });
    expect(events.find((e) => e.uid === taskUid('t2'))).toMatchObject({ start: '2026-04-03', allDay: true });
  });

  it('is read the same by ical.js directly', () => {
    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const ev = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const m1 = ev.find((e) => e.uid === meetingUid('m1'))!;
    expect(m1.startDate.toJSDate().toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(m1.endDate.toJSDate().toISOString()).toBe('2026-03-30T08:30:00.000Z');
    expect(m1.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:anna.virtanen@acme.fi',
      'mailto:pekka@acme.fi',
    ]);
    expect(m1.attendees.map((a) => a.getParameter('cn'))).toEqual(['Anna Virtanen', 'Mäkinen, Pekka']);
    // Reminder lead time carried as a VALARM (30 min default from the built-in template).
    const alarm = m1.component.getFirstSubcomponent('valarm');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT30M');
    const t1 = ev.find((e) => e.uid === taskUid('t1'))!;
    expect(t1.startDate.isDate).toBe(true);
    expect(t1.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('uses the user’s templates and locale for summary and checklist', () => {
    const custom = ChecklistTemplate.parse({
      id: 'u1',
      name: 'Переговоры по рамочному договору',
      meetingType: 'negotiation',
      items: [{ id: 'u1.a', text: 'Проект договора у юриста' }],
      remindBeforeMin: 0,
    });
    const ru = exportIcs({ meetings: [meetings[0]!], tasks: [], accounts, contacts, templates: [custom], locale: 'ru', now });
    const [ev] = parseIcsEvents(ru);
    expect(ev?.summary).toBe('Переговоры по рамочному договору — Acme Oy');
    expect(ev?.description).toBe('Чек-лист:\n☐ Проект договора у юриста');
    expect(ru).not.toContain('BEGIN:VALARM');
  });

  it('exports an empty calendar when there is nothing to export', () => {
    const empty = exportIcs({ meetings: [], tasks: [], accounts: [], contacts: [], now });
    expect(parseIcsEvents(empty)).toEqual([]);
    expect(empty).toContain('END:VCALENDAR');
  });
});
