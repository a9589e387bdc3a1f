import { saveCapture } from '@/lib/capture/save';
import { UserFacingError } from '@/lib/db/errors';
import { pending, seededDb } from './seeded-capture';

describe('saveCapture: one transaction per capture', () => {
  it('a note: one clip in the history with the quote as text, the source and the capture time', async () => {
    const db = await seededDb();
    const r = await saveCapture(db, pending(), { accountId: 'acme', kind: 'note', comment: 'Склад в Котке' });
    expect(r).toMatchObject({ accountId: 'acme', accountName: 'Acme Logistics' });
    const clip = await db.interactions.get(r.interactionId);
    expect(clip).toMatchObject({
      kind: 'clip',
      accountId: 'acme',
      summary: 'Склад в Котке',
      quote: 'Компания <b>Acme</b> расширяет склад',
      at: '2026-11-23T10:00:00.000Z',
      source: { url: 'https://news.acme.example/kotka', title: 'Acme expands' },
    });
    expect(await db.tasks.count()).toBe(0);
  });

  it('a follow-up: the clip plus a task due that day, linked to it', async () => {
    const db = await seededDb();
    const r = await saveCapture(db, pending(), { accountId: 'acme', kind: 'task', comment: 'Call Anna', due: '2026-12-01' });
    const [task] = await db.tasks.toArray();
    expect(task).toMatchObject({
      accountId: 'acme',
      title: 'Call Anna',
      due: '2026-12-01',
      status: 'open',
      interactionId: r.interactionId,
    });
  });

  it('an event: the history entry is the event itself, with its details, the quote and the source', async () => {
    const db = await seededDb();
    const before = await db.interactions.count();
    const r = await saveCapture(db, pending(), {
      accountId: 'acme',
      kind: 'event',
      comment: 'Met Anna at the stand',
      event: { type: 'exhibition', name: 'Logistics Expo 2026', attendance: 'attended' },
    });
    expect(await db.interactions.get(r.interactionId)).toMatchObject({
      kind: 'event',
      summary: 'Met Anna at the stand',
      event: { type: 'exhibition', name: 'Logistics Expo 2026', attendance: 'attended' },
      quote: 'Компания <b>Acme</b> расширяет склад',
      source: { url: 'https://news.acme.example/kotka' },
    });
    // One entry, not a clip plus an event.
    expect(await db.interactions.count()).toBe(before + 1);
  });

  it("a need is appended to the dossier's needs", async () => {
    const db = await seededDb();
    await saveCapture(db, pending({ text: 'Нужен холодный склад' }), { accountId: 'acme', kind: 'need' });
    expect((await db.accounts.get('acme'))?.needs.map((n) => n.text)).toEqual(['Нужен холодный склад']);
  });

  it("competitor intelligence is appended to an existing competitor's notes, or creates a new one", async () => {
    const db = await seededDb();
    await saveCapture(db, pending(), {
      accountId: 'acme',
      kind: 'competitor',
      competitorId: 'nord',
      comment: 'They build next door',
    });
    const nord = (await db.accounts.get('acme'))?.competitors.find((c) => c.id === 'nord');
    expect(nord?.notes).toMatch(
      /^Cheaper by 4%\.\n\n2026-11-23 · Acme expands — https:\/\/news\.acme\.example\/kotka\nThey build next door\n“Компания/,
    );
    await saveCapture(db, pending(), { accountId: 'acme', kind: 'competitor', competitorName: 'Baltic Cargo' });
    expect((await db.accounts.get('acme'))?.competitors.map((c) => c.name)).toEqual(['NordFreight', 'Baltic Cargo']);
  });

  it("the page's full text only when asked for and available", async () => {
    const db = await seededDb();
    const p = pending({ mode: 'page', text: 'Excerpt.', fullText: 'Excerpt.\n\nMore.' });
    const short = await saveCapture(db, p, { accountId: 'acme', kind: 'note' });
    const long = await saveCapture(db, p, { accountId: 'acme', kind: 'note', fullText: true });
    expect((await db.interactions.get(short.interactionId))?.quote).toBe('Excerpt.');
    expect((await db.interactions.get(long.interactionId))?.quote).toBe('Excerpt.\n\nMore.');
  });

  it('a javascript: source is never stored as a link', async () => {
    const db = await seededDb();
    const r = await saveCapture(db, pending({ source: { url: 'javascript:alert(1)', title: 'x' } }), {
      accountId: 'acme',
      kind: 'note',
    });
    expect((await db.interactions.get(r.interactionId))?.source).toEqual({ title: 'x' });
  });

  it('writes nothing when the dossier or the competitor is gone, or the draft is incomplete', async () => {
    const db = await seededDb();
    const before = await db.interactions.count();
    await expect(saveCapture(db, pending(), { accountId: 'nobody', kind: 'note' })).rejects.toMatchObject({ key: 'errorGone' });
    await expect(
      saveCapture(db, pending(), { accountId: 'acme', kind: 'competitor', competitorId: 'gone' }),
    ).rejects.toBeInstanceOf(UserFacingError);
    await expect(saveCapture(db, pending(), { accountId: 'acme', kind: 'competitor' })).rejects.toMatchObject({
      key: 'captureNeedsCompetitor',
    });
    await expect(saveCapture(db, pending({ text: ' ' }), { accountId: 'acme', kind: 'task' })).rejects.toMatchObject({
      key: 'captureNeedsText',
    });
    expect(await db.interactions.count()).toBe(before);
    expect(await db.tasks.count()).toBe(0);
  });
});
