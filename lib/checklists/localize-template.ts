/**
 * Built-in checklists follow the interface language. A built-in template is stored with the
 * texts of the language it was seeded in (lib/db/repos/templates.ts `seedTemplatesIfEmpty`);
 * at display each item is looked up by its id, and one still carrying a shipped text (of any
 * locale, or one shipped before, templates/retired-texts.json) is shown in `locale`. An item or
 * name the user edited equals no shipped text and keeps the user's words, as does every
 * template the user made.
 */
import { z } from 'zod';
import type { ChecklistTemplate } from '@/lib/schema/checklist-template';
import { builtInTypeName, type ChecklistLocale, checklistLocales, conductItems, meetingTypes } from './default-templates';
import retiredTexts from './templates/retired-texts.json';

/** Texts shipped by earlier versions, by item id or `name:<meetingType>`: still "untouched". */
const retired = z.record(z.string(), z.array(z.string())).parse(retiredTexts);

const shippedItems = new Map<string, (locale: ChecklistLocale) => string>(
  [...meetingTypes.flatMap((t) => t.items), ...conductItems].map((i) => [i.id, (l) => i.text[l]]),
);

/** The shipped text in `locale` when `text` is, or was, a shipped text of `id`; else `text`. */
function follow(
  id: string,
  shipped: ((locale: ChecklistLocale) => string | null) | undefined,
  text: string,
  locale: ChecklistLocale,
): string {
  const now = shipped?.(locale);
  if (!shipped || now === null || now === undefined) return text;
  const untouched = checklistLocales.some((l) => shipped(l) === text) || (retired[id] ?? []).includes(text);
  return untouched ? now : text;
}

export function localizeTemplate(template: ChecklistTemplate, locale: ChecklistLocale): ChecklistTemplate {
  if (!template.builtIn) return template;
  const nameId = `name:${template.meetingType}`;
  return {
    ...template,
    name: follow(nameId, (l) => builtInTypeName(template.meetingType, l), template.name, locale),
    items: template.items.map((item) => ({ ...item, text: follow(item.id, shippedItems.get(item.id), item.text, locale) })),
    locale,
  };
}
