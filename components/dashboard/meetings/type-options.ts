import { meetingTypeName } from '@/lib/checklists/checklist';
import { ANY_MEETING } from '@/lib/checklists/default-templates';
import { uiChecklistLocale } from '@/lib/checklists/ui-checklist-locale';
import type { ChecklistTemplate, Meeting } from '@/lib/schema';

export interface TypeOption {
  templateId: string;
  type: string;
  label: string;
  remindBeforeMin: number;
}

/**
 * What a meeting can be: one option per template (the every-meeting conduct template is not a
 * type), in the user's order. A template keeps its own name when the user renamed it.
 */
export function typeOptions(templates: readonly ChecklistTemplate[], locale = uiChecklistLocale()): TypeOption[] {
  return templates
    .filter((t) => t.meetingType !== ANY_MEETING)
    .sort((a, b) => a.order - b.order)
    .map((t) => ({
      templateId: t.id,
      type: t.meetingType,
      label: meetingTypeName(t.meetingType, locale, [t]),
      remindBeforeMin: t.remindBeforeMin,
    }));
}

/** A meeting's type as the user calls it. */
export function typeLabel(
  meeting: Pick<Meeting, 'type' | 'checklistTemplateId'>,
  templates: readonly ChecklistTemplate[],
): string {
  const own = templates.find((t) => t.id === meeting.checklistTemplateId);
  return meetingTypeName(meeting.type, uiChecklistLocale(), own ? [own] : templates);
}

/** Calls and video links: a place that is a web address opens as a link. */
export function isWebLink(place: string): boolean {
  return /^https?:\/\/\S+$/i.test(place.trim());
}
