/**
 * A checklist template being edited: plain strings the inputs bind to, validated before it is
 * saved. A template with no items cannot be saved — a meeting type must prepare for something.
 */
import { ChecklistTemplate, newId } from '@/lib/schema';
import type { MessageKey } from '@/lib/i18n/t';

export interface DraftItem {
  id: string;
  text: string;
}

export interface TemplateDraft {
  id: string;
  meetingType: string;
  name: string;
  remindBeforeMin: string;
  items: DraftItem[];
  order: number;
  builtIn: boolean;
  /** Fields this editor does not show (locale, keys from newer versions) are kept as they were. */
  rest: Record<string, unknown>;
}

export function draftOf(t: ChecklistTemplate): TemplateDraft {
  const { id, meetingType, name, remindBeforeMin, items, order, builtIn, ...rest } = t;
  return {
    id,
    meetingType,
    name,
    remindBeforeMin: String(remindBeforeMin),
    items: items.map((i) => ({ id: i.id, text: i.text })),
    order,
    builtIn,
    rest,
  };
}

/** A user's own meeting type: its id is generated, the user only names it. */
export function newDraft(order: number, remindBeforeMin: number): TemplateDraft {
  const id = newId();
  return {
    id,
    meetingType: `custom-${id}`,
    name: '',
    remindBeforeMin: String(remindBeforeMin),
    items: [{ id: newId(), text: '' }],
    order,
    builtIn: false,
    rest: {},
  };
}

/** Every problem, as message keys, so the form shows them all at once. */
export function validateDraft(d: TemplateDraft): MessageKey[] {
  const errors: MessageKey[] = [];
  if (!d.name.trim()) errors.push('errorTemplateName');
  if (!d.items.some((i) => i.text.trim())) errors.push('errorTemplateNoItems');
  const min = Number(d.remindBeforeMin);
  if (d.remindBeforeMin.trim() === '' || !Number.isInteger(min) || min < 0) errors.push('errorRemindMinutes');
  return errors;
}

/** The template to store: blank items dropped, text trimmed. Call after validateDraft. */
export function templateOf(d: TemplateDraft): ChecklistTemplate {
  return ChecklistTemplate.parse({
    ...d.rest,
    id: d.id,
    meetingType: d.meetingType,
    name: d.name.trim(),
    remindBeforeMin: Number(d.remindBeforeMin),
    items: d.items.map((i) => ({ id: i.id, text: i.text.trim() })).filter((i) => i.text),
    order: d.order,
    builtIn: d.builtIn,
  });
}

export { moveAt } from '@/lib/checklists/move-at';
