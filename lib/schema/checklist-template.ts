import { z } from 'zod';
import { Id, Text } from './common';

export const ChecklistItem = z.looseObject({ id: Id, text: z.string().trim().min(1, 'item text must not be empty') });

export const ChecklistTemplate = z.looseObject({
  id: Id,
  name: z.string().trim().min(1),
  meetingType: z.string().min(1),
  items: z.array(ChecklistItem).default([]),
  /** Minutes before the meeting to remind; default 30 (issue: configurable per type). */
  remindBeforeMin: z.number().int().nonnegative().default(30),
  order: z.number().default(0),
  builtIn: z.boolean().default(false),
  locale: Text.optional(),
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>;
export type ChecklistItem = z.infer<typeof ChecklistItem>;
