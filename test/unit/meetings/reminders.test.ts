import { defaultTemplates } from '@/lib/checklists/default-templates';
import { ChecklistTemplate } from '@/lib/schema/checklist-template';
import { Meeting, type MeetingInput } from '@/lib/schema/meeting';
import { localDay, localTime, parseLocalDateTime } from '@/lib/time/local-time';
import {
  alarmNameFor,
  dueReminders,
  missedReminders,
  parseAlarmName,
  reminderId,
  reminderTimeFor,
  upcomingReminders,
} from '@/lib/meetings/reminders';

const meeting = (over: Partial<MeetingInput> & { id: string; at: string }): Meeting =>
  Meeting.parse({ accountId: 'a1', type: 'negotiation', ...over });

describe('reminderTimeFor', () => {
  it('meeting overrides template, template overrides the settings default, default is 30', () => {
    const at = '2026-03-30T07:00:00Z';
    const tpl = { remindBeforeMin: 45 };
    expect(
      reminderTimeFor(meeting({ id: 'm', at, remindBeforeMin: 10 }), tpl, { defaultRemindBeforeMin: 60 }).toISOString(),
    ).toBe('2026-03-30T06:50:00.000Z');
    expect(reminderTimeFor(meeting({ id: 'm', at }), tpl, { defaultRemindBeforeMin: 60 }).toISOString()).toBe(
      '2026-03-30T06:15:00.000Z',
    );
    expect(reminderTimeFor(meeting({ id: 'm', at }), null, { defaultRemindBeforeMin: 60 }).toISOString()).toBe(
      '2026-03-30T06:00:00.000Z',
    );
    expect(reminderTimeFor(meeting({ id: 'm', at })).toISOString()).toBe('2026-03-30T06:30:00.000Z');
    // 0 is a valid choice ("remind at start"), not "unset".
    expect(reminderTimeFor(meeting({ id: 'm', at, remindBeforeMin: 0 }), tpl).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  // The week after a DST change: the meeting is entered as 10:00 local through the form, stored
  // as UTC, and must remind at 09:30 on the same wall clock.
  it.each([
    ['Europe/Helsinki', '2026-03-30', '2026-03-30T07:00:00.000Z'], // spring forward on 03-29
    ['Europe/Moscow', '2026-03-30', '2026-03-30T07:00:00.000Z'], // no DST
    ['America/New_York', '2026-03-09', '2026-03-09T14:00:00.000Z'], // spring forward on 03-08
    ['Europe/Helsinki', '2026-10-26', '2026-10-26T08:00:00.000Z'], // fall back on 10-25
    ['America/New_York', '2026-11-02', '2026-11-02T15:00:00.000Z'], // fall back on 11-01
  ])('%s: a 10:00 meeting on Monday %s reminds at 09:30 local', (tz, day, utc) => {
    const at = parseLocalDateTime(day, '10:00', tz);
    expect(at).toBe(utc);
    const remind = reminderTimeFor(meeting({ id: 'm', at }));
    expect(localDay(remind, tz)).toBe(day);
    expect(localTime(remind, tz)).toBe('09:30');
  });

  it('counts real minutes when the reminder itself straddles the change', () => {
    // Helsinki 2026-03-29: 03:00 EET -> 04:00 EEST. A 04:15 meeting reminds 30 real minutes
    // earlier, which the wall clock shows as 02:45.
    const at = parseLocalDateTime('2026-03-29', '04:15', 'Europe/Helsinki');
    expect(localTime(reminderTimeFor(meeting({ id: 'm', at })), 'Europe/Helsinki')).toBe('02:45');
  });
});

describe('dueReminders / missedReminders', () => {
  const templates = defaultTemplates('en').map((t) =>
    t.meetingType === 'negotiation' ? ChecklistTemplate.parse({ ...t, remindBeforeMin: 60 }) : t,
  );
  const meetings = [
    meeting({ id: 'neg', at: '2026-03-30T10:00:00Z' }), // template: 60 min -> 09:00
    meeting({ id: 'call', type: 'call', at: '2026-03-30T09:20:00Z' }), // 30 -> 08:50
    meeting({ id: 'own', type: 'call', at: '2026-03-30T12:00:00Z', remindBeforeMin: 15 }), // 11:45
    meeting({ id: 'past', type: 'call', at: '2026-03-30T08:00:00Z', durationMin: 30 }), // 07:30, over 08:30
  ];
  const ctx = { templates };

  it('returns reminders whose time has come for meetings not yet started, once', () => {
    const now = new Date('2026-03-30T09:01:00Z');
    const due = dueReminders(now, meetings, [], ctx);
    expect(due.map((r) => [r.meetingId, r.remindAt, r.late])).toEqual([
      ['call', '2026-03-30T08:50:00.000Z', true], // 11 min after its time: an alarm fired late
      ['neg', '2026-03-30T09:00:00.000Z', false],
    ]);
    const fired = new Set(due.map((r) => r.id));
    expect(dueReminders(now, meetings, fired, ctx)).toEqual([]);
  });

  it('fires a 0-minute reminder at the start, and a delayed alarm during the meeting as late', () => {
    const zero = [meeting({ id: 'z', type: 'call', at: '2026-03-30T09:00:00Z', remindBeforeMin: 0 })];
    expect(dueReminders(new Date('2026-03-30T09:00:00Z'), zero, [], ctx).map((r) => [r.meetingId, r.late])).toEqual([
      ['z', false],
    ]);
    expect(dueReminders(new Date('2026-03-30T09:40:00Z'), zero, [], ctx).map((r) => [r.meetingId, r.late])).toEqual([
      ['z', true],
    ]);
    expect(dueReminders(new Date('2026-03-30T10:00:00Z'), zero, [], ctx)).toEqual([]); // over
  });

  it('fires again after the meeting is moved (new reminder id)', () => {
    const now = new Date('2026-03-30T09:01:00Z');
    const fired = [reminderId('neg', '2026-03-30T09:00:00Z')];
    expect(dueReminders(now, meetings, fired, ctx).map((r) => r.meetingId)).toEqual(['call']);
    const moved = meetings.map((m) => (m.id === 'neg' ? { ...m, at: '2026-03-30T09:30:00Z' } : m));
    expect(dueReminders(now, moved, fired, ctx).map((r) => r.meetingId)).toEqual(['neg', 'call']); // 08:30 now
  });

  it('reports reminders missed while the browser was closed, late, each once, skipping meetings already over', () => {
    const lastSeen = new Date('2026-03-30T07:00:00Z');
    const now = new Date('2026-03-30T09:10:00Z');
    const missed = missedReminders(lastSeen, now, meetings, [], ctx);
    expect(missed.map((r) => [r.meetingId, r.late])).toEqual([
      ['call', true],
      ['neg', true],
    ]);
    expect(
      missedReminders(
        lastSeen,
        now,
        meetings,
        missed.map((r) => r.id),
        ctx,
      ),
    ).toEqual([]);
    // A reminder before lastSeen was handled in the previous session.
    expect(missedReminders(new Date('2026-03-30T08:55:00Z'), now, meetings, [], ctx).map((r) => r.meetingId)).toEqual(['neg']);
  });

  it('lists upcoming reminders for alarm scheduling', () => {
    const up = upcomingReminders(new Date('2026-03-30T09:10:00Z'), meetings, ctx);
    expect(up.map((r) => [r.meetingId, r.remindAt])).toEqual([['own', '2026-03-30T11:45:00.000Z']]);
  });
});

describe('alarm names', () => {
  it('round-trip, including ids with colons, and ignore foreign alarms', () => {
    expect(parseAlarmName(alarmNameFor('m-1'))).toBe('m-1');
    expect(parseAlarmName(alarmNameFor('crm:42'))).toBe('crm:42');
    expect(parseAlarmName('badge-refresh')).toBeNull();
    expect(parseAlarmName(alarmNameFor(''))).toBeNull();
  });
});
