import { checklistFor, meetingTypeName, templateFor } from '@/lib/checklists/checklist';
import { ANY_MEETING, conductItems, defaultTemplates, meetingTypes } from '@/lib/checklists/default-templates';
import { ChecklistTemplate } from '@/lib/schema/checklist-template';
import { Meeting } from '@/lib/schema/meeting';

const en = defaultTemplates('en');
const meeting = (type: string, extra: Record<string, unknown> = {}) =>
  Meeting.parse({ id: 'm1', accountId: 'a1', type, at: '2026-03-30T07:00:00Z', ...extra });

describe('checklistFor', () => {
  it('lists the type items, then the conduct items', () => {
    const list = checklistFor(meeting('first-contact'), en);
    const typeIds = meetingTypes.find((t) => t.id === 'first-contact')!.items.map((i) => i.id);
    expect(list.map((i) => i.id)).toEqual([...typeIds, ...conductItems.map((i) => i.id)]);
    expect(list.filter((i) => i.group === 'type')).toHaveLength(typeIds.length);
    expect(list.at(-1)?.group).toBe('conduct');
  });

  it('marks ticked items', () => {
    const list = checklistFor(meeting('signing', { checked: ['signing.lawyer', 'any.on-time'] }), en);
    expect(list.filter((i) => i.checked).map((i) => i.id)).toEqual(['signing.lawyer', 'any.on-time']);
  });

  it('drops duplicates by id and by wording', () => {
    const custom = ChecklistTemplate.parse({
      id: 'u1',
      name: 'Quarterly',
      meetingType: 'quarterly',
      items: [
        { id: 'q.1', text: 'Plan vs actual' },
        { id: 'any.on-time', text: 'Arrive early' },
        { id: 'q.2', text: '  prepare   YOUR questions ' },
        { id: 'q.1', text: 'Again' },
      ],
    });
    const list = checklistFor(meeting('quarterly'), [...en, custom]);
    expect(list.map((i) => i.id)).toEqual([
      'q.1',
      'any.on-time',
      'q.2',
      ...conductItems.map((i) => i.id).filter((id) => id !== 'any.on-time' && id !== 'any.questions'),
    ]);
    expect(list[1]).toMatchObject({ text: 'Arrive early', group: 'type' });
  });

  it('uses the template the meeting names, then the user’s own template for the type', () => {
    const mine = ChecklistTemplate.parse({
      id: 'mine',
      name: 'My negotiation',
      meetingType: 'negotiation',
      items: [{ id: 'x', text: 'X' }],
    });
    expect(templateFor(meeting('negotiation'), [...en, mine])?.id).toBe('mine');
    expect(templateFor(meeting('negotiation', { checklistTemplateId: 'builtin:negotiation' }), [...en, mine])?.id).toBe(
      'builtin:negotiation',
    );
    // A dangling template id falls back to the type.
    expect(templateFor(meeting('negotiation', { checklistTemplateId: 'gone' }), en)?.id).toBe('builtin:negotiation');
  });

  it('gives an unknown type the conduct items, and a missing conduct template just the type items', () => {
    expect(checklistFor(meeting('lunch'), en).map((i) => i.id)).toEqual(conductItems.map((i) => i.id));
    const noConduct = en.filter((t) => t.meetingType !== ANY_MEETING);
    expect(checklistFor(meeting('call'), noConduct).map((i) => i.id)).toEqual(['call.goal', 'call.next-step']);
    expect(checklistFor(meeting('call'), [])).toEqual([]);
  });

  it('is localized by the stored templates', () => {
    expect(checklistFor(meeting('complaint'), defaultTemplates('ka'))[0]?.text).toBe('საჩივრის სრული ისტორია');
  });
});

describe('meetingTypeName', () => {
  it('follows the UI language for untouched built-ins and keeps the user’s names', () => {
    expect(meetingTypeName('negotiation', 'ru', en)).toBe('Переговоры');
    expect(meetingTypeName('negotiation', 'fi')).toBe('Neuvottelu');
    const renamed = en.map((t) => (t.meetingType === 'signing' ? { ...t, name: 'Closing' } : t));
    expect(meetingTypeName('signing', 'ru', renamed)).toBe('Closing');
    const custom = ChecklistTemplate.parse({ id: 'u', name: 'Tender', meetingType: 'tender' });
    expect(meetingTypeName('tender', 'ka', [custom])).toBe('Tender');
    expect(meetingTypeName('mystery', 'en', en)).toBe('mystery');
  });
});
