import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { acceptInviteText } from '@/lib/background/invite-handler';
import { InviteText } from '@/lib/messaging/content-to-worker';
import { scheduleFromEvent } from '@/lib/meetings/schedule-from-event';
import { inviteOf, TabStates } from '@/lib/background/tab-state';
import { defaultTemplates } from '@/lib/checklists/default-templates';
import type { AppDB } from '@/lib/db/app-db';
import { createAccount } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { PanelCommand, type CommandOf } from '@/lib/messaging/pages-to-worker';
import { computeView } from '@/lib/panel-data/compute-view';
import { durationOf, eventSourceOf } from '@/lib/meetings/event-source';
import { PageContext } from '@/lib/schema/page-context';
import { testDb } from '@/test/unit/db/test-db';

const FIXTURES = resolve(__dirname, '../../fixtures');
const ics = readFileSync(resolve(FIXTURES, 'invites/2026-11-acme-q1.ics'), 'utf8');
const tomorrow = new Date(Date.now() + 24 * 3600_000);
const day = tomorrow.toISOString().slice(0, 10);

/** The Google Calendar golden page's context, moved to tomorrow so it can be scheduled. */
function calendarContext(): PageContext {
  const json = JSON.parse(readFileSync(resolve(FIXTURES, 'calendar-google/2026-11-event.expected.json'), 'utf8')) as object;
  return PageContext.parse({ ...json, eventStart: day });
}

const gmailInviteContext = (inviteUrl = 'https://mail.google.com/mail/u/0?ui=2&attid=0.1&view=att') =>
  PageContext.parse({
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo',
    status: 'message',
    messageId: '19a3f1c2d4b5e611',
    subject: 'Invitation: Q1 volumes review',
    people: [{ email: 'anna.petrova@acme-logistics.example', name: 'Anna Petrova', role: 'from' }],
    inviteUrl,
  });

let db: AppDB;
beforeEach(async () => {
  db = testDb(`event-${Math.random()}`);
  await createAccount(db, { id: 'acme', name: 'Acme Logistics', domains: ['acme-logistics.example'], stage: 'key' });
  await createContact(db, {
    id: 'anna',
    accountId: 'acme',
    name: 'Anna Petrova',
    emails: ['anna.petrova@acme-logistics.example'],
  });
  await createContact(db, {
    id: 'igor',
    accountId: 'acme',
    name: 'Igor Smirnov',
    emails: ['igor.smirnov@acme-logistics.example'],
  });
  await db.checklistTemplates.bulkAdd(defaultTemplates('en'));
});

const schedule = (at: string, extra: Partial<CommandOf<'scheduleMeeting'>> = {}): CommandOf<'scheduleMeeting'> => {
  const cmd = PanelCommand.parse({
    type: 'scheduleMeeting',
    accountId: 'acme',
    templateId: 'builtin:negotiation',
    at,
    contactIds: ['anna', 'igor'],
    ...extra,
  });
  if (cmd.type !== 'scheduleMeeting') throw new Error('expected a scheduleMeeting command');
  return cmd;
};

/** The worker's path for 'inviteText': the message's schema (handle.ts), then the handler. */
function accept(tabs: TabStates, tabId: number, senderUrl: string, data: unknown): boolean {
  const parsed = InviteText.safeParse(data);
  return parsed.success && acceptInviteText(tabs, tabId, senderUrl, parsed.data);
}

/** The panel's view for a tab showing `context`, which must have matched an account. */
async function matchedView(context: PageContext) {
  const view = await computeView(db, { context, pinnedAccountId: null });
  expect(view.status).toBe('matched');
  if (view.status !== 'matched') throw new Error('expected a matched view');
  return view;
}

describe('calendar event in the panel view', () => {
  it("offers the event with the account's briefing, the meeting types and no meeting yet", async () => {
    const view = await matchedView(calendarContext());
    expect(view.briefings.map((b) => b.account.name)).toEqual(['Acme Logistics']);
    expect(view.event).toMatchObject({
      title: 'Cold-chain lanes: Q1 volumes',
      start: day,
      location: 'Acme HQ, Kotka',
      source: 'calendar',
      durationMin: 60,
    });
    expect(view.event!.types.map((o) => o.type)).toContain('negotiation');
    expect(view.event!.types.map((o) => o.type)).not.toContain('any');
    expect(view.event!.alreadyScheduledMeetingId).toBeUndefined();
  });

  it('suggests the type the account last met with, or a call for a video link', async () => {
    await db.meetings.add({
      id: 'm0',
      accountId: 'acme',
      contactIds: [],
      type: 'negotiation',
      at: '2026-10-01T10:00:00.000Z',
      checklistTemplateId: 'builtin:negotiation',
      durationMin: 60,
      place: '',
      checked: [],
    });
    expect((await matchedView(calendarContext())).event!.suggestedTemplateId).toBe('builtin:negotiation');
    const online = PageContext.parse({ ...calendarContext(), location: 'https://meet.example/abc-defg' });
    expect((await matchedView(online)).event!.suggestedTemplateId).toBe('builtin:call');
  });

  it("schedules once: a second click finds the meeting by the event's UID and writes nothing", async () => {
    const tabs = new TabStates();
    tabs.setContext(7, calendarContext());
    const at = new Date(`${day}T10:00:00`).toISOString();
    const first = await scheduleFromEvent(db, tabs.get(7), schedule(at));
    const second = await scheduleFromEvent(db, tabs.get(7), schedule(at));
    expect(first.created).toBe(true);
    expect(second).toEqual({ created: false, id: first.id });
    const meetings = await db.meetings.toArray();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      accountId: 'acme',
      type: 'negotiation',
      at,
      contactIds: ['anna', 'igor'],
      place: 'Acme HQ, Kotka',
      source: { uid: '4dreupg2m5fk8ftvmqr3m0l4o4@google.com', url: calendarContext().url },
    });
    const view = await matchedView(calendarContext());
    expect(view.event!.alreadyScheduledMeetingId).toBe(first.id);
    expect(view.briefings[0]!.nextMeeting?.meeting.id).toBe(first.id);
  });

  it("keeps only the account's own people and refuses a tab with no event", async () => {
    await createContact(db, { id: 'stranger', accountId: null, name: 'X', emails: ['x@else.example'] });
    const tabs = new TabStates();
    tabs.setContext(7, calendarContext());
    const r = await scheduleFromEvent(db, tabs.get(7), schedule(tomorrow.toISOString(), { contactIds: ['anna', 'stranger'] }));
    expect((await db.meetings.get(r.id))!.contactIds).toEqual(['anna']);
    await expect(scheduleFromEvent(db, new TabStates().get(8), schedule(tomorrow.toISOString()))).rejects.toMatchObject({
      key: 'errorNoEvent',
    });
  });
});

describe('invitation in a message', () => {
  it('parses the fetched invitation in the background and offers it with its Helsinki time', () => {
    const tabs = new TabStates();
    const ctx = gmailInviteContext();
    tabs.setContext(3, ctx);
    expect(accept(tabs, 3, ctx.url, { url: ctx.inviteUrl, text: ics })).toBe(true);
    const source = eventSourceOf(ctx, inviteOf(tabs.get(3)));
    expect(source).toMatchObject({
      title: 'Q1 volumes review',
      source: 'invite',
      start: '2026-11-25T08:00:00.000Z',
      location: 'Acme HQ, Kotka',
    });
    expect(source!.uid).toMatch(/^040000008200E00074C5B7101A82E008/);
    expect(durationOf(source!)).toBe(60);
    expect(source!.attendees.map((a) => [a.email, a.role])).toEqual([
      ['anna.petrova@acme-logistics.example', 'from'],
      ['igor.smirnov@acme-logistics.example', 'attendee'],
      ['kam@keyside.example', 'attendee'],
      ['maria.ivanova@severny-veter.example', 'attendee'],
    ]);
  });

  it('counts an invitation only while the open message names its URL', () => {
    const tabs = new TabStates();
    tabs.setContext(3, gmailInviteContext());
    accept(tabs, 3, 'https://mail.google.com/', { url: gmailInviteContext().inviteUrl, text: ics });
    tabs.setContext(3, gmailInviteContext('https://mail.google.com/mail/u/0?attid=0.2'));
    expect(inviteOf(tabs.get(3))).toBeUndefined();
  });

  it('refuses files from another origin, cancellations and non-calendars', () => {
    const tabs = new TabStates();
    const url = 'https://mail.google.com/mail/u/0?attid=0.1';
    expect(accept(tabs, 3, 'https://evil.example/', { url, text: ics })).toBe(false);
    expect(accept(tabs, 3, url, { url, text: ics.replace('METHOD:REQUEST', 'METHOD:CANCEL') })).toBe(false);
    expect(accept(tabs, 3, url, { url, text: 'hello' })).toBe(false);
    expect(accept(tabs, 3, url, { url, text: 'x'.repeat(300 * 1024) })).toBe(false);
    expect(tabs.get(3).invite).toBeUndefined();
  });
});
