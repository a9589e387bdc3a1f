import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '@/lib/checklists/default-templates';
import { changesOf, draftOf as meetingDraftOf, newMeetingValues } from '@/components/dashboard/meetings/meeting-form-values';
import { typeOptions } from '@/components/dashboard/meetings/type-options';
import { draftOf, moveAt, newDraft, templateOf, validateDraft } from '@/components/dashboard/templates/template-draft';
import { snoozeUntil } from '@/components/dashboard/week/snooze';
import { Meeting } from '@/lib/schema';

const templates = defaultTemplates('en');

describe('template drafts', () => {
  it('a template with no items cannot be saved, and says why', () => {
    const d = { ...draftOf(templates[0]!), items: [{ id: 'x', text: '   ' }] };
    expect(validateDraft(d)).toEqual(['errorTemplateNoItems']);
    expect(validateDraft({ ...newDraft(3, 30), name: ' ' })).toEqual(['errorTemplateName', 'errorTemplateNoItems']);
    expect(validateDraft({ ...d, remindBeforeMin: '-5' })).toContain('errorRemindMinutes');
  });

  it('round-trips a built-in, keeping fields the editor does not show', () => {
    const original = { ...templates[1]!, locale: 'en', extra: 'kept' };
    expect(templateOf(draftOf(original))).toEqual(original);
  });

  it('drops blank items and trims the rest', () => {
    const d = {
      ...newDraft(9, 15),
      name: ' Site visit ',
      items: [
        { id: 'a', text: ' Bring samples ' },
        { id: 'b', text: '' },
      ],
    };
    expect(templateOf(d)).toMatchObject({
      name: 'Site visit',
      items: [{ id: 'a', text: 'Bring samples' }],
      remindBeforeMin: 15,
      builtIn: false,
      order: 9,
    });
    expect(templateOf(d).meetingType).toMatch(/^custom-/);
  });

  it('moves items within bounds only', () => {
    expect(moveAt([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(moveAt([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
    expect(moveAt([1, 2, 3], 2, -2)).toEqual([3, 1, 2]);
  });
});

describe('the scheduling form', () => {
  const options = typeOptions(templates, 'en');

  it('offers every type but the every-meeting conduct list, in order', () => {
    expect(options.map((o) => o.type)).not.toContain('any');
    expect(options[0]).toMatchObject({ type: 'first-contact', label: 'First contact', remindBeforeMin: 30 });
  });

  it('turns the wall-clock day and time into the instant, in the zone given', () => {
    const v = { ...newMeetingValues(options, new Date('2026-11-23T10:20:00Z'), 'Europe/Helsinki') };
    expect([v.day, v.time]).toEqual(['2026-11-23', '13:00']);
    const draft = meetingDraftOf(
      { ...v, contactIds: ['anna'], remindBeforeMin: '' },
      'acme',
      options,
      undefined,
      'Europe/Helsinki',
    );
    expect(draft).toMatchObject({
      at: '2026-11-23T11:00:00.000Z',
      type: 'first-contact',
      checklistTemplateId: 'builtin:first-contact',
      remindBeforeMin: undefined,
    });
  });

  it('sends only the changed fields with their old values', () => {
    const m = Meeting.parse({
      id: 'm',
      accountId: 'acme',
      type: 'call',
      at: '2026-11-23T11:00:00.000Z',
      checklistTemplateId: 'builtin:call',
    });
    const { patch, base } = changesOf(
      {
        accountId: 'acme',
        type: 'call',
        at: '2026-11-24T11:00:00.000Z',
        checklistTemplateId: 'builtin:call',
        durationMin: 60,
        contactIds: [],
        place: '',
      },
      m,
    );
    expect(patch).toEqual({ at: '2026-11-24T11:00:00.000Z' });
    expect(base).toEqual({ at: '2026-11-23T11:00:00.000Z' });
  });
});

describe('snooze', () => {
  it('tomorrow morning and next week start at 09:00 local', () => {
    const now = new Date('2026-11-25T15:00:00Z'); // a Wednesday
    expect(snoozeUntil('tomorrow', now, 'Europe/Helsinki')).toBe('2026-11-26T07:00:00.000Z');
    expect(snoozeUntil('next-week', now, 'Europe/Helsinki', 'fi-FI')).toBe('2026-11-30T07:00:00.000Z');
    expect(snoozeUntil('later-today', now, 'UTC')).toBe('2026-11-25T18:00:00.000Z');
  });
});
