import { z } from 'zod';
import { Id, IsoDate, Text } from './common';

export const MeetingOutcome = z.looseObject({
  summary: Text.default(''),
  agreements: Text.default(''),
  recordedAt: IsoDate.optional(),
});

/** A scheduled call or meeting; `checked` holds the ids of ticked checklist items. */
export const Meeting = z.looseObject({
  id: Id,
  accountId: Id,
  contactIds: z.array(Id).default([]),
  type: z.string().min(1),
  at: IsoDate,
  checklistTemplateId: Id.nullable().default(null),
  durationMin: z.number().int().positive().default(60),
  place: Text.default(''),
  remindBeforeMin: z.number().int().nonnegative().optional(),
  checked: z.array(Id).default([]),
  outcome: MeetingOutcome.optional(),
  createdAt: IsoDate.optional(),
  /**
   * The calendar event or emailed invitation it was scheduled from: the iCalendar UID (or the
   * calendar's item id) and the page. Scheduling the same event again finds this and does nothing.
   */
  source: z.looseObject({ uid: z.string().max(1000).default(''), url: z.string().max(4000).default('') }).optional(),
});
export type Meeting = z.infer<typeof Meeting>;
export type MeetingInput = z.input<typeof Meeting>;
