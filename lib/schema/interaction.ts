import { z } from 'zod';
import { Id, IsoDate, Text } from './common';

export const interactionKinds = [
  'email',
  'call',
  'meeting',
  'visit',
  'note',
  'clip',
  'proposal',
  'order',
  'complaint',
  'event',
] as const;
export const InteractionKind = z.enum(interactionKinds);
export type InteractionKind = z.infer<typeof InteractionKind>;

export const Source = z.looseObject({
  url: Text.optional(),
  messageId: Text.optional(),
  title: Text.optional(),
});

/** An exhibition, fair or corporate event the client was invited to or attended (kind `event`). */
export const EventDetails = z.looseObject({
  type: z.enum(['exhibition', 'fair', 'corporate', 'other']).default('other'),
  name: Text.default(''),
  attendance: z.enum(['invited', 'attended', 'declined']).default('invited'),
});
export type EventDetails = z.infer<typeof EventDetails>;

/** One entry of the history timeline (docs/domain.md §4). */
export const Interaction = z.looseObject({
  id: Id,
  accountId: Id,
  contactIds: z.array(Id).default([]),
  kind: InteractionKind,
  at: IsoDate,
  summary: Text.default(''),
  source: Source.optional(),
  /** Captured page text, stored as plain text — never rendered as HTML. */
  quote: Text.optional(),
  /** Complaints and commitments stay "open" until resolved, so prompts can surface them. */
  state: z.enum(['open', 'closed']).optional(),
  event: EventDetails.optional(),
  /** The complaint case (lib/schema/complaint-case.ts) this entry belongs to. */
  caseId: Id.optional(),
  createdAt: IsoDate.optional(),
});
export type Interaction = z.infer<typeof Interaction>;
export type InteractionInput = z.input<typeof Interaction>;
