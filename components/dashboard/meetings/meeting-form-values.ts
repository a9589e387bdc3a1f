/**
 * The scheduling form's values and their conversion to a meeting: the user types a wall-clock
 * day and time in their zone; the meeting stores the instant (UTC ISO).
 */
import type { MeetingDraft } from '@/lib/db/repos/meetings';
import type { Meeting } from '@/lib/schema';
import { localDay, localTime, parseLocalDateTime, runtimeTimeZone } from '@/lib/time/local-time';
import type { TypeOption } from './type-options';

export interface MeetingFormValues {
  templateId: string;
  day: string;
  time: string;
  durationMin: string;
  contactIds: string[];
  place: string;
  /** Empty: the type's (or the settings') default lead time. */
  remindBeforeMin: string;
}

const HOUR_MS = 3_600_000;

/** A new meeting: the next full hour, the first type in the user's order. */
export function newMeetingValues(options: readonly TypeOption[], now = new Date(), tz = runtimeTimeZone()): MeetingFormValues {
  const next = new Date(Math.ceil((now.getTime() + 1) / HOUR_MS) * HOUR_MS);
  return {
    templateId: options[0]?.templateId ?? '',
    day: localDay(next, tz),
    time: localTime(next, tz),
    durationMin: '60',
    contactIds: [],
    place: '',
    remindBeforeMin: '',
  };
}

export function valuesOf(m: Meeting, tz = runtimeTimeZone()): MeetingFormValues {
  return {
    templateId: m.checklistTemplateId ?? '',
    day: localDay(m.at, tz),
    time: localTime(m.at, tz),
    durationMin: String(m.durationMin),
    contactIds: [...m.contactIds],
    place: m.place,
    remindBeforeMin: m.remindBeforeMin === undefined ? '' : String(m.remindBeforeMin),
  };
}

/** Throws RangeError for a day or time the browser's inputs should never produce. */
export function draftOf(
  v: MeetingFormValues,
  accountId: string,
  options: readonly TypeOption[],
  existing?: Pick<Meeting, 'type' | 'checklistTemplateId'>,
  tz = runtimeTimeZone(),
): MeetingDraft {
  // A meeting whose template was deleted keeps its type until the user picks another.
  const option = options.find((o) => o.templateId === v.templateId);
  const remind = v.remindBeforeMin.trim();
  return {
    accountId,
    type: option?.type ?? existing?.type ?? 'any',
    checklistTemplateId: option?.templateId ?? existing?.checklistTemplateId ?? null,
    at: parseLocalDateTime(v.day, v.time, tz),
    durationMin: Math.max(5, Math.round(Number(v.durationMin) || 60)),
    contactIds: v.contactIds,
    place: v.place.trim(),
    remindBeforeMin: remind === '' ? undefined : Math.max(0, Math.round(Number(remind))),
  };
}

/** The fields that differ from the stored meeting, with the values they replace (conflict check). */
export function changesOf(draft: MeetingDraft, m: Meeting): { patch: Partial<Meeting>; base: Partial<Meeting> } {
  const patch: Record<string, unknown> = {};
  const base: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(draft)) {
    const old = (m as Record<string, unknown>)[k];
    if (JSON.stringify(v) !== JSON.stringify(old)) {
      patch[k] = v;
      base[k] = old;
    }
  }
  return { patch: patch, base: base };
}
