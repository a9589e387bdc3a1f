import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { createAccount, deleteAccount } from '@/lib/db/repos/accounts';
import {
  deleteMeeting,
  MeetingInPastError,
  recordOutcome,
  restoreMeeting,
  scheduleMeeting,
  setChecklistItem,
  updateMeeting,
} from '@/lib/db/repos/meetings';
import { testDb } from './test-db';

const now = new Date('2026-11-23T10:00:00.000Z');
let db: AppDB;

beforeEach(async () => {
  db = testDb(`meetings-${Math.random()}`);
  await createAccount(db, { id: 'acme', name: 'Acme Logistics' });
});

const draft = (at = '2026-11-23T14:00:00.000Z') => ({
  accountId: 'acme',
  type: 'negotiation',
  at,
  contactIds: ['anna'],
  place: 'Kotka',
});

describe('scheduleMeeting', () => {
  it('stores a validated meeting with no ticks', async () => {
    const m = await scheduleMeeting(db, draft(), { now });
    expect(m.checked).toEqual([]);
    expect(m.durationMin).toBe(60);
    expect(await db.meetings.get(m.id)).toEqual(m);
  });

  it('refuses a start in the past unless the user confirmed', async () => {
    await expect(scheduleMeeting(db, draft('2026-11-22T09:00:00.000Z'), { now })).rejects.toBeInstanceOf(MeetingInPastError);
    expect(await db.meetings.count()).toBe(0);
    const logged = await scheduleMeeting(db, draft('2026-11-22T09:00:00.000Z'), { now, allowPast: true });
    expect(logged.at).toBe('2026-11-22T09:00:00.000Z');
  });

  it('refuses a meeting on an account that does not exist', async () => {
    await expect(scheduleMeeting(db, { ...draft(), accountId: 'gone' }, { now })).rejects.toMatchObject({ key: 'errorGone' });
  });

  it('refuses bad input before writing', async () => {
    await expect(scheduleMeeting(db, { ...draft(), at: 'tomorrow' }, { now })).rejects.toThrow();
    expect(await db.meetings.count()).toBe(0);
  });
});

describe('updateMeeting and ticks', () => {
  it('moving into the past needs confirmation too', async () => {
    const m = await scheduleMeeting(db, draft(), { now });
    await expect(updateMeeting(db, m.id, { at: '2026-11-01T10:00:00.000Z' }, undefined, { now })).rejects.toBeInstanceOf(
      MeetingInPastError,
    );
    const moved = await updateMeeting(db, m.id, { at: '2026-11-24T10:00:00.000Z' }, { at: m.at }, { now });
    expect(moved.at).toBe('2026-11-24T10:00:00.000Z');
  });

  it('keeps ticks per meeting, each once', async () => {
    const m = await scheduleMeeting(db, draft(), { now });
    await setChecklistItem(db, m.id, 'any.on-time', true);
    await setChecklistItem(db, m.id, 'any.on-time', true);
    await setChecklistItem(db, m.id, 'negotiation.limits', true);
    await setChecklistItem(db, m.id, 'negotiation.limits', false);
    expect((await db.meetings.get(m.id))?.checked).toEqual(['any.on-time']);
  });
});

describe('recordOutcome', () => {
  it('writes outcome, history entry and one follow-up per next step in one go', async () => {
    const m = await scheduleMeeting(db, draft(), { now });
    const r = await recordOutcome(
      db,
      m.id,
      {
        summary: 'Agreed on the cold-chain pilot',
        agreements: 'Pilot from January',
        nextSteps: [
          { title: 'Send the pilot contract', due: '2026-11-25' },
          { title: '  ', due: '' },
          { title: 'Book the Kotka visit', due: '2026-11-30' },
        ],
      },
      now,
    );
    expect(r.interaction).toMatchObject({ kind: 'meeting', accountId: 'acme', at: m.at, contactIds: ['anna'], meetingId: m.id });
    expect(r.interaction.summary).toContain('Agreed on the cold-chain pilot');
    expect(r.interaction.summary).toContain('Pilot from January');
    expect(r.tasks.map((t) => [t.title, t.due, t.status, t.meetingId])).toEqual([
      ['Send the pilot contract', '2026-11-25', 'open', m.id],
      ['Book the Kotka visit', '2026-11-30', 'open', m.id],
    ]);
    expect(await db.tasks.count()).toBe(2);
    expect((await db.meetings.get(m.id))?.outcome).toMatchObject({
      summary: 'Agreed on the cold-chain pilot',
      interactionId: r.interaction.id,
    });
  });

  it('a call lands in the history as a call', async () => {
    const m = await scheduleMeeting(db, { ...draft(), type: 'call' }, { now });
    expect((await recordOutcome(db, m.id, { summary: 'Quick check-in' }, now)).interaction.kind).toBe('call');
  });

  it('recording again edits the same history entry', async () => {
    const m = await scheduleMeeting(db, draft(), { now });
    const first = await recordOutcome(db, m.id, { summary: 'First take' }, now);
    const second = await recordOutcome(
      db,
      m.id,
      { summary: 'Corrected', nextSteps: [{ title: 'Call back', due: '2026-11-24' }] },
      now,
    );
    expect(second.interaction.id).toBe(first.interaction.id);
    expect(await db.interactions.count()).toBe(1);
    expect((await db.interactions.get(first.interaction.id))?.summary).toBe('Corrected');
  });

  it('writes nothing when the input is incomplete', async () => {
    const m = await scheduleMeeting(db, draft(), { now });
    await expect(recordOutcome(db, m.id, { summary: '  ' }, now)).rejects.toMatchObject({ key: 'errorOutcomeEmpty' });
    await expect(recordOutcome(db, m.id, { summary: 'ok', nextSteps: [{ title: 'x', due: '' }] }, now)).rejects.toBeInstanceOf(
      UserFacingError,
    );
    await expect(recordOutcome(db, m.id, { summary: 'ok', nextSteps: [{ title: 'x', due: 'soon' }] }, now)).rejects.toThrow();
    expect(await db.interactions.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
    expect((await db.meetings.get(m.id))?.outcome).toBeUndefined();
  });
});

describe('deleteMeeting', () => {
  it('returns a snapshot that Undo restores exactly; follow-ups stay', async () => {
    const m = await scheduleMeeting(db, draft(), { now });
    await setChecklistItem(db, m.id, 'any.on-time', true);
    await recordOutcome(db, m.id, { summary: 'Done', nextSteps: [{ title: 'Follow up', due: '2026-11-24' }] }, now);
    const before = await db.meetings.get(m.id);
    const snap = await deleteMeeting(db, m.id);
    expect(await db.meetings.get(m.id)).toBeUndefined();
    expect(await db.tasks.count()).toBe(1);
    await restoreMeeting(db, snap!);
    expect(await db.meetings.get(m.id)).toEqual(before);
    expect(await deleteMeeting(db, 'nope')).toBeUndefined();
  });

  it('open follow-ups outlive their deleted account', async () => {
    const m = await scheduleMeeting(db, draft(), { now });
    await recordOutcome(db, m.id, { summary: 'Done', nextSteps: [{ title: 'Send offer', due: '2026-11-24' }] }, now);
    await deleteAccount(db, 'acme');
    expect(await db.meetings.count()).toBe(0);
    expect((await db.tasks.toArray()).map((t) => t.title)).toEqual(['Send offer']);
  });
});
