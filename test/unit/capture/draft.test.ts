import { ZodError } from 'zod';
import { CaptureDraft, type CaptureDraftInput } from '@/lib/capture/draft';
import { appendNote, draftToRecords } from '@/lib/capture/draft-records';
import { Account, Interaction, Task } from '@/lib/schema';

const AT = '2026-11-23T10:15:00.000Z';
const NOW = '2026-11-23T10:16:00.000Z';

function deps() {
  let n = 0;
  return { newId: () => `id-${++n}`, now: () => NOW };
}

function draft(over: Partial<CaptureDraftInput> = {}): CaptureDraftInput {
  return {
    kind: 'note',
    text: 'Заявки принимаются до 10 декабря 2026 года.\nКонтакт: tender@example.com',
    comment: '',
    source: { url: 'https://tenders.example.com/T-2026/114', title: 'Тендер T-2026/114' },
    capturedAt: AT,
    accountId: 'acc-1',
    ...over,
  };
}

describe('draftToRecords', () => {
  it('always writes a clip interaction with the source URL, the quote and the capture time', () => {
    const records = draftToRecords(draft(), deps());
    expect(records).toEqual({
      interaction: {
        id: 'id-1',
        accountId: 'acc-1',
        contactIds: [],
        kind: 'clip',
        at: AT,
        summary: 'Заявки принимаются до 10 декабря 2026 года.',
        source: { url: 'https://tenders.example.com/T-2026/114', title: 'Тендер T-2026/114' },
        quote: 'Заявки принимаются до 10 декабря 2026 года.\nКонтакт: tender@example.com',
        createdAt: NOW,
      },
    });
    expect(Interaction.parse(records.interaction)).toEqual(records.interaction);
  });

  it('adds a Task linked to the clip, titled by the comment, with the due date', () => {
    const records = draftToRecords(draft({ kind: 'task', comment: 'Подать заявку\nс образцами', due: '2026-12-09' }), deps());
    expect(records.interaction.summary).toBe('Подать заявку\nс образцами');
    expect(records.task).toEqual({
      id: 'id-2',
      accountId: 'acc-1',
      title: 'Подать заявку',
      due: '2026-12-09',
      status: 'open',
      interactionId: 'id-1',
      createdAt: NOW,
    });
    expect(Task.parse(records.task)).toEqual(records.task);
    expect(draftToRecords(draft({ kind: 'task' }), deps()).task).toMatchObject({
      title: 'Заявки принимаются до 10 декабря 2026 года.',
      due: null,
    });
  });

  it('adds a needs entry that fits Account.needs', () => {
    const records = draftToRecords(draft({ kind: 'need', comment: 'Нужна доставка за 2 дня' }), deps());
    expect(records.need).toEqual({
      accountId: 'acc-1',
      need: { id: 'id-2', text: 'Нужна доставка за 2 дня', at: AT, source: 'https://tenders.example.com/T-2026/114' },
    });
    expect(Account.parse({ id: 'acc-1', name: 'Acme', needs: [records.need!.need] }).needs).toHaveLength(1);
  });

  it('appends a dated block to an existing competitor, or creates a named one', () => {
    const input = draft({
      kind: 'competitor',
      competitorId: 'cmp-1',
      comment: 'Демпингуют на T-24',
      text: 'Коробка T-24 — 38 ₽',
    });
    const block =
      '2026-11-23 · Тендер T-2026/114 — https://tenders.example.com/T-2026/114\nДемпингуют на T-24\n“Коробка T-24 — 38 ₽”';
    expect(draftToRecords(input, deps()).competitorNote).toEqual({ accountId: 'acc-1', competitorId: 'cmp-1', append: block });
    const created = draftToRecords({ ...input, competitorId: undefined, competitorName: 'Пример Пак' }, deps());
    expect(created.competitor).toEqual({
      accountId: 'acc-1',
      competitor: { id: 'id-2', name: 'Пример Пак', offer: '', strengths: '', weaknesses: '', notes: block },
    });
    expect(appendNote('Старые заметки\n', block)).toBe(`Старые заметки\n\n${block}`);
    expect(appendNote('  ', block)).toBe(block);
  });

  it('never stores an unsafe source URL', () => {
    const records = draftToRecords(draft({ source: { url: 'javascript:alert(1)', title: 'x' } }), deps());
    expect(records.interaction.source).toEqual({ title: 'x' });
  });

  it('refuses incomplete drafts instead of writing half a capture', () => {
    expect(() => draftToRecords(draft({ accountId: undefined }), deps())).toThrow(/accountId/);
    expect(() => draftToRecords(draft({ kind: 'competitor' }), deps())).toThrow(ZodError);
    expect(() => draftToRecords(draft({ kind: 'task', text: ' \n ', comment: '' }), deps())).toThrow(ZodError);
    expect(() => draftToRecords(draft({ capturedAt: 'yesterday' }), deps())).toThrow(ZodError);
    expect(() => draftToRecords(draft({ text: 'я'.repeat(60_000) }), deps())).toThrow(/100 KB/);
  });
});

describe('CaptureDraft', () => {
  it('defaults the comment and trims user input', () => {
    const parsed = CaptureDraft.parse({
      kind: 'note',
      text: 'x',
      source: { url: 'https://a.example/', title: '  T  ' },
      capturedAt: AT,
    });
    expect(parsed).toEqual({
      kind: 'note',
      text: 'x',
      comment: '',
      source: { url: 'https://a.example/', title: 'T' },
      capturedAt: AT,
    });
  });
});
