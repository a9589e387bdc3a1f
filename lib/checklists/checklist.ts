/**
 * The checklist shown before a meeting: its type's items, then the conduct items every meeting
 * needs (docs/domain.md §5). Pure over the stored templates, so the panel, reminders and the
 * calendar export all show the same list.
 */
import type { ChecklistItem, ChecklistTemplate } from '@/lib/schema/checklist-template';
import type { Meeting } from '@/lib/schema/meeting';
import { ANY_MEETING, builtInTypeName, type ChecklistLocale, toChecklistLocale } from './default-templates';

export interface MeetingChecklistItem extends ChecklistItem {
  /** 'type': from the meeting type's template; 'conduct': from the every-meeting template. */
  group: 'type' | 'conduct';
  checked: boolean;
}

/**
 * The template for a meeting: the one it names, else one for its type — the user's own before
 * a built-in (a customised copy wins), then by order.
 */
export function templateFor(
  meeting: Pick<Meeting, 'type' | 'checklistTemplateId'>,
  templates: readonly ChecklistTemplate[],
): ChecklistTemplate | undefined {
  if (meeting.checklistTemplateId) {
    const named = templates.find((t) => t.id === meeting.checklistTemplateId);
    if (named) return named;
  }
  return pickForType(meeting.type, templates);
}

/** The every-meeting conduct template, if the user still has one. */
export function conductTemplate(templates: readonly ChecklistTemplate[]): ChecklistTemplate | undefined {
  return pickForType(ANY_MEETING, templates);
}

function pickForType(type: string, templates: readonly ChecklistTemplate[]): ChecklistTemplate | undefined {
  return templates
    .filter((t) => t.meetingType === type)
    .sort((a, b) => Number(a.builtIn) - Number(b.builtIn) || a.order - b.order)[0];
}

/**
 * Type items then conduct items, each once: a repeated id or the same wording (users copy items
 * between templates) is dropped the second time. A meeting of an unknown type still gets the
 * conduct items.
 */
export function checklistFor(
  meeting: Pick<Meeting, 'type' | 'checklistTemplateId'> & { checked?: readonly string[] },
  templates: readonly ChecklistTemplate[],
): MeetingChecklistItem[] {
  const own = templateFor(meeting, templates);
  const conduct = own?.meetingType === ANY_MEETING ? undefined : conductTemplate(templates);
  const checked = new Set(meeting.checked ?? []);
  const seenIds = new Set<string>();
  const seenTexts = new Set<string>();
  const out: MeetingChecklistItem[] = [];
  const add = (items: readonly ChecklistItem[] | undefined, group: MeetingChecklistItem['group']) => {
    for (const item of items ?? []) {
      const text = normalize(item.text);
      if (seenIds.has(item.id) || seenTexts.has(text)) continue;
      seenIds.add(item.id);
      seenTexts.add(text);
      out.push({ ...item, group, checked: checked.has(item.id) });
    }
  };
  add(own?.items, own?.meetingType === ANY_MEETING ? 'conduct' : 'type');
  add(conduct?.items, 'conduct');
  return out;
}

/** Case and spacing do not make an item different; toLowerCase leaves Georgian Mkhedruli alone. */
function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Display name of a meeting type: the user's template name for it, else the built-in name in
 * `locale`, else the raw type id (a type from an imported backup we know nothing about).
 */
export function meetingTypeName(
  meetingType: string,
  locale: ChecklistLocale,
  templates: readonly ChecklistTemplate[] = [],
): string {
  const t = pickForType(meetingType, templates);
  // A built-in still carrying its default name follows the UI language; a renamed one is the user's.
  const renamed = t && (!t.builtIn || t.name !== builtInTypeName(meetingType, toChecklistLocale(t.locale)));
  if (t && renamed) return t.name;
  return builtInTypeName(meetingType, locale) ?? t?.name ?? meetingType;
}
