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
});
export type Meeting = z.infer<typeof Meeting>;
export type MeetingInput = z.input<typeof Meeting>;
