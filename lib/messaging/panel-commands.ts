import { z } from 'zod';
import { Id } from '@/lib/schema/common';

/** Commands the panel (and popup) may ask of the background; validated there. */
export const PanelCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('logEmail'), accountId: Id }),
  z.object({ type: z.literal('addTask'), accountId: Id, title: z.string().trim().min(1).max(500), due: z.string().nullable() }),
  z.object({ type: z.literal('setTaskStatus'), taskId: Id, status: z.enum(['open', 'done']) }),
  z.object({
    type: z.literal('createAccount'),
    name: z.string().trim().min(1).max(300),
    domains: z.array(z.string()).max(20),
    person: z.object({ name: z.string().max(200), email: z.string().max(320), title: z.string().max(200).default(''), phones: z.array(z.string()).default([]) }).optional(),
  }),
  z.object({ type: z.literal('addPerson'), accountId: Id, name: z.string().trim().min(1).max(200), email: z.string().max(320), title: z.string().max(200).default('') }),
  z.object({ type: z.literal('search'), q: z.string().max(200), limit: z.number().int().min(1).max(50).default(8) }),
  z.object({ type: z.literal('pinAccount'), accountId: Id.nullable() }),
  z.object({ type: z.literal('tickItem'), meetingId: Id, itemId: Id, checked: z.boolean() }),
  z.object({ type: z.literal('openDashboard'), hash: z.string().max(200).default('') }),
  /** Schedule the tab's calendar event / invitation; the event itself is read from the tab's state. */
  z.object({
    type: z.literal('scheduleMeeting'),
    accountId: Id,
    templateId: Id,
    at: z.iso.datetime({ offset: true }),
    contactIds: z.array(Id).max(100).default([]),
    durationMin: z.number().int().positive().max(24 * 60).optional(),
    place: z.string().max(1000).optional(),
  }),
]);
export type PanelCommand = z.input<typeof PanelCommand>;

export interface SearchHit {
  id: string;
  kind: 'account' | 'contact';
  name: string;
  accountId: string | null;
  accountName: string;
}

export type CommandResult =
  | { ok: true; value?: unknown }
  | { ok: false; error: { key: string; params: string[] } };
