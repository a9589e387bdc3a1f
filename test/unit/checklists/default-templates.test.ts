import {
  ANY_MEETING,
  builtInTemplateId,
  checklistLocales,
  conductItems,
  defaultTemplates,
  meetingTypes,
  restoreDefaults,
  toChecklistLocale,
} from '@/lib/checklists/default-templates';
import { ChecklistTemplate } from '@/lib/schema/checklist-template';

const allItems = [...conductItems, ...meetingTypes.flatMap((t) => t.items)];

describe('built-in meeting types', () => {
  it('have the stable ids the rest of the app uses', () => {
    expect(meetingTypes.map((t) => t.id)).toEqual([
      'first-contact',
      'needs-analysis',
      'presentation',
      'proposal',
      'negotiation',
      'signing',
      'complaint',
      'account-review',
      'call',
    ]);
  });

  it('give every name and item text in all four locales', () => {
    for (const t of meetingTypes) for (const l of checklistLocales) expect(t.name[l].trim()).not.toBe('');
    for (const i of allItems) for (const l of checklistLocales) expect(i.text[l].trim(), `${i.id} ${l}`).not.toBe('');
  });

  it('use unique item ids prefixed by their type', () => {
    const ids = allItems.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of conductItems) expect(i.id.startsWith('any.')).toBe(true);
    for (const t of meetingTypes) for (const i of t.items) expect(i.id.startsWith(`${t.id}.`)).toBe(true);
    expect(ids).toContain('first-contact.decision-maker');
  });

  it('cite a source line for each item', () => {
    for (const i of allItems) expect(i.source).toMatch(/^\d{3}:\d+/);
  });

  it('write each language in its own script; Georgian in Mkhedruli, never upper-cased', () => {
    const mtavruli = /[\u1C90-\u1CBF]/;
    const georgian = /[\u10D0-\u10FF]/;
    const cyrillic = /[\u0400-\u04FF]/;
    const texts = [...allItems.map((i) => i.text), ...meetingTypes.map((t) => t.name)];
    for (const t of texts) {
      expect(t.ka).toMatch(georgian);
      expect(t.ka).not.toMatch(mtavruli);
      expect(t.ka).not.toMatch(/[A-Za-z]/);
      expect(t.ru).toMatch(cyrillic);
      expect(t.fi).not.toMatch(cyrillic);
      expect(t.en).not.toMatch(cyrillic);
    }
  });
});

describe('defaultTemplates', () => {
  it('returns valid built-in templates: one per type plus the every-meeting conduct list', () => {
    const list = defaultTemplates('fi');
    expect(list).toHaveLength(meetingTypes.length + 1);
    for (const t of list) {
      expect(ChecklistTemplate.parse(t)).toEqual(t);
      expect(t).toMatchObject({ builtIn: true, remindBeforeMin: 30, locale: 'fi' });
    }
    const orders = list.map((t) => t.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    const any = list.find((t) => t.meetingType === ANY_MEETING);
    expect(any?.items.map((i) => i.id)).toEqual(conductItems.map((i) => i.id));
    expect(list.find((t) => t.meetingType === 'negotiation')?.name).toBe('Neuvottelu');
  });

  it('keeps template and item ids identical across locales, so ticks survive a language switch', () => {
    const shape = (l: (typeof checklistLocales)[number]) =>
      defaultTemplates(l).map((t) => [t.id, t.meetingType, t.items.map((i) => i.id)]);
    for (const l of checklistLocales) expect(shape(l)).toEqual(shape('en'));
    expect(defaultTemplates('ru')[0]?.items[0]?.text).toBe('Кто принимает решение?');
    expect(defaultTemplates('ka')[0]?.items[0]?.text).toBe('ვინ იღებს გადაწყვეტილებას?');
  });
});

describe('restoreDefaults', () => {
  const user = ChecklistTemplate.parse({
    id: 'u1',
    name: 'Tender',
    meetingType: 'tender',
    items: [{ id: 'u1.a', text: 'Tender documents' }],
    order: 3.5,
  });
  const userNegotiation = ChecklistTemplate.parse({ id: 'u2', name: 'My negotiation', meetingType: 'negotiation', order: 20 });

  it('brings back deleted built-ins, resets edited ones and keeps user templates', () => {
    const existing = defaultTemplates('en')
      .filter((t) => t.meetingType !== 'complaint')
      .map((t) => (t.meetingType === 'signing' ? { ...t, items: [], remindBeforeMin: 90 } : t));
    const restored = restoreDefaults([...existing, user, userNegotiation], 'en');
    expect(restored.find((t) => t.meetingType === 'complaint')?.items.length).toBeGreaterThan(0);
    expect(restored.find((t) => t.id === builtInTemplateId('signing'))).toEqual(
      defaultTemplates('en').find((t) => t.meetingType === 'signing'),
    );
    expect(restored).toContainEqual(user);
    expect(restored).toContainEqual(userNegotiation);
    expect(restored).toHaveLength(meetingTypes.length + 1 + 2);
    // Sorted by order: the user's 3.5 sits between built-ins 3 and 4.
    expect(restored.map((t) => t.id).indexOf('u1')).toBe(4);
  });

  it('re-localizes built-ins and never duplicates them', () => {
    const twice = restoreDefaults(restoreDefaults(defaultTemplates('en'), 'ru'), 'ru');
    expect(twice).toHaveLength(meetingTypes.length + 1);
    expect(twice.every((t) => t.locale === 'ru')).toBe(true);
  });
});

describe('toChecklistLocale', () => {
  it('maps language tags and falls back to English', () => {
    expect(toChecklistLocale('ru-RU')).toBe('ru');
    expect(toChecklistLocale('FI')).toBe('fi');
    expect(toChecklistLocale('ka_GE')).toBe('ka');
    expect(toChecklistLocale('de')).toBe('en');
    expect(toChecklistLocale(undefined)).toBe('en');
  });
});
