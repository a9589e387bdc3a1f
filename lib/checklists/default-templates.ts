/**
 * Built-in meeting types and preparation checklists (docs/domain.md, section 5). The texts live
 * in per-locale data files under ./templates; each item also names the source-article lines it
 * comes from (templates/sources.json) so the defaults stay traceable to the texts, not invented.
 * Item ids are stable across locales: `meeting.checked` keeps working when the user switches
 * language or restores defaults. Georgian is written in Mkhedruli and never upper-cased.
 */
import type { ChecklistTemplate } from '@/lib/schema/checklist-template';
import type { LocaleTemplateFile } from './templates/locale-file';
import { itemSources, templateFiles } from './templates/load-templates';

export const checklistLocales = ['en', 'ru', 'fi', 'ka'] as const;
export type ChecklistLocale = (typeof checklistLocales)[number];
export type Localized = Record<ChecklistLocale, string>;

/** Meeting type of the template that holds the conduct items asked of every meeting. */
export const ANY_MEETING = 'any';

export interface DefaultItem {
  id: string;
  text: Localized;
  /** Source-article lines (article:line, see docs/domain.md, "Sources"). */
  source: string;
}

export interface MeetingTypeDef {
  id: string;
  name: Localized;
  items: DefaultItem[];
}

/** English fixes the order; every other locale must name the same templates and items. */
function localized(what: string, pick: (locale: ChecklistLocale) => string | undefined): Localized {
  const text = (locale: ChecklistLocale): string => {
    const found = pick(locale);
    if (found === undefined) throw new Error(`Built-in checklist ${locale}.json lacks ${what}`);
    return found;
  };
  return { en: text('en'), ru: text('ru'), fi: text('fi'), ka: text('ka') };
}

const files: Record<ChecklistLocale, LocaleTemplateFile> = templateFiles;
const templateIn = (locale: ChecklistLocale, meetingType: string) =>
  files[locale].templates.find((t) => t.meetingType === meetingType);

const builtIns: MeetingTypeDef[] = files.en.templates.map((t) => ({
  id: t.meetingType,
  name: localized(`the name of ${t.meetingType}`, (l) => templateIn(l, t.meetingType)?.name),
  items: t.items.map((item) => {
    const source = itemSources[item.id];
    if (source === undefined) throw new Error(`Built-in checklist item ${item.id} has no source`);
    return {
      id: item.id,
      source,
      text: localized(item.id, (l) => templateIn(l, t.meetingType)?.items.find((i) => i.id === item.id)?.text),
    };
  }),
}));

const anyMeeting = builtIns.find((t) => t.id === ANY_MEETING);
if (!anyMeeting) throw new Error(`Built-in checklists lack the "${ANY_MEETING}" template`);

/** "Any meeting" conduct rules: the mistakes the texts list (docs/domain.md, section 5). */
export const conductItems: DefaultItem[] = anyMeeting.items;

/** The selectable meeting types, in display order. */
export const meetingTypes: MeetingTypeDef[] = builtIns.filter((t) => t.id !== ANY_MEETING);

const anyMeetingName: Localized = anyMeeting.name;

/** Template id of a built-in type: stable, so restoring defaults replaces rather than duplicates. */
export function builtInTemplateId(meetingType: string): string {
  return `builtin:${meetingType}`;
}

/** 'ru-RU', 'FI', 'ka_GE' -> a checklist locale; anything else falls back to English. */
export function toChecklistLocale(tag: string | null | undefined): ChecklistLocale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (checklistLocales as readonly string[]).includes(base) ? (base as ChecklistLocale) : 'en';
}

/** Localized name of a built-in meeting type, or null for a user-defined type. */
export function builtInTypeName(meetingType: string, locale: ChecklistLocale): string | null {
  if (meetingType === ANY_MEETING) return anyMeetingName[locale];
  return meetingTypes.find((t) => t.id === meetingType)?.name[locale] ?? null;
}

function toTemplate(
  meetingType: string,
  name: Localized,
  items: DefaultItem[],
  order: number,
  locale: ChecklistLocale,
): ChecklistTemplate {
  return {
    id: builtInTemplateId(meetingType),
    name: name[locale],
    meetingType,
    items: items.map((i) => ({ id: i.id, text: i.text[locale] })),
    remindBeforeMin: 30,
    order,
    builtIn: true,
    locale,
  };
}

/** The built-in templates: one per meeting type, then the "every meeting" conduct template. */
export function defaultTemplates(locale: ChecklistLocale): ChecklistTemplate[] {
  const out = meetingTypes.map((t, i) => toTemplate(t.id, t.name, t.items, i, locale));
  out.push(toTemplate(ANY_MEETING, anyMeetingName, conductItems, meetingTypes.length, locale));
  return out;
}

/**
 * Bring the built-ins back in `locale`: missing ones are re-added and edited ones reset (that
 * is what "restore" promises). User templates — anything not a built-in id — are kept as they
 * are, even one the user named after a built-in type.
 */
export function restoreDefaults(existing: readonly ChecklistTemplate[], locale: ChecklistLocale): ChecklistTemplate[] {
  const defaults = defaultTemplates(locale);
  const builtInIds = new Set(defaults.map((t) => t.id));
  const user = existing.filter((t) => !builtInIds.has(t.id));
  return [...defaults, ...user].sort((a, b) => a.order - b.order);
}
