import { z } from 'zod';
import { Id, IsoDate, IsoDay, Text } from './common';

export const contractStatuses = ['draft', 'negotiation', 'signed', 'expired'] as const;
export const ContractStatus = z.enum(contractStatuses);
export type ContractStatus = z.infer<typeof ContractStatus>;

/**
 * A point still open between the parties (docs/domain.md §2, "terms and disagreements"): whether
 * the manager may settle it alone or must take it further up decides who goes to the meeting.
 */
export const Disagreement = z.looseObject({
  id: Id,
  text: Text,
  scope: z.enum(['within', 'beyond']).default('within'),
  resolved: z.boolean().default(false),
});
export type Disagreement = z.infer<typeof Disagreement>;

/** A promise written into the contract: `we` owe it to the client, or the `client` owes it to us. */
export const Obligation = z.looseObject({
  id: Id,
  side: z.enum(['we', 'client']),
  text: Text,
  due: IsoDay.nullable().default(null),
  done: z.boolean().default(false),
});
export type Obligation = z.infer<typeof Obligation>;

/**
 * A contract with the client. Renewal and obligation deadlines become follow-ups by themselves
 * `leadDays` before they fall (lib/contracts/, the tasks carry `origin`).
 */
export const Contract = z.looseObject({
  id: Id,
  accountId: Id,
  number: Text.default(''),
  title: Text.default(''),
  status: ContractStatus.default('draft'),
  startOn: IsoDay.nullable().default(null),
  endOn: IsoDay.nullable().default(null),
  renewalOn: IsoDay.nullable().default(null),
  /** Days of notice either side must give before the end or renewal. */
  noticeDays: z.number().int().nonnegative().nullable().default(null),
  /** How many days ahead of a deadline its follow-up falls due. */
  leadDays: z.number().int().nonnegative().default(30),
  disagreements: z.array(Disagreement).default([]),
  obligations: z.array(Obligation).default([]),
  notes: Text.default(''),
  createdAt: IsoDate.optional(),
  updatedAt: IsoDate.optional(),
});
export type Contract = z.infer<typeof Contract>;
export type ContractInput = z.input<typeof Contract>;
