import { z } from 'zod';
import { Id, IsoDate, IsoDay, Text } from './common';
import { stages } from './stages';

export { stages };
export const Stage = z.enum(stages);
export type Stage = z.infer<typeof Stage>;

/** A web domain, stored lower-case without "www." so matching is a plain index lookup. */
export const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^www\./, ''))
  .pipe(z.string().regex(/^[a-z0-9\u00a1-\uffff-]+(\.[a-z0-9\u00a1-\uffff-]+)+$/, 'must be a domain like acme.example'));

/**
 * A CRM record linked to the dossier ("Link this record"): its page's address, and for a built-in
 * CRM its id (lib/adapters/crm-sites.ts), the record's type and the CRM's own record id, so the
 * record opens the dossier even where its address changes (docs/contract.md, Backup file).
 */
export const CrmRef = z.looseObject({
  url: z.string().min(1),
  system: Text.optional(),
  recordId: Text.optional(),
  recordType: Text.optional(),
});
export type CrmRef = z.infer<typeof CrmRef>;

/** Needs and wishes (docs/domain.md §2): one entry each, so captures can append without rewriting. */
export const Need = z.looseObject({ id: Id, text: Text, at: IsoDate.optional(), source: Text.optional() });

export const Competitor = z.looseObject({
  id: Id,
  name: Text,
  offer: Text.default(''),
  strengths: Text.default(''),
  weaknesses: Text.default(''),
  notes: Text.default(''),
});

export const Reliability = z.looseObject({
  rating: z.enum(['unknown', 'good', 'watch', 'risk']).default('unknown'),
  notes: Text.default(''),
  checkedAt: IsoDay.nullable().default(null),
});

export const AccountPlan = z.looseObject({
  goals: Text.default(''),
  targets: Text.default(''),
  budget: Text.default(''),
  status: z.enum(['draft', 'approved', 'in-progress', 'done']).default('draft'),
  reviewAt: IsoDay.nullable().default(null),
});

/**
 * The client dossier's head record. Contract fields first (docs/contract.md, Backup file), then Keyside's own,
 * all optional with defaults so a minimal backup imports. looseObject keeps unknown keys.
 */
export const Account = z.looseObject({
  id: Id,
  name: z.string().trim().min(1, 'name must not be empty'),
  domains: z.array(Domain).default([]),
  stage: Stage.default('prospect'),
  tags: z.array(z.string().trim().min(1)).default([]),
  summary: Text.default(''),
  nuances: z.array(Text).default([]),
  crmRefs: z.array(CrmRef).default([]),
  legalName: Text.default(''),
  segment: Text.default(''),
  region: Text.default(''),
  languages: z.array(Text).default([]),
  business: Text.default(''),
  needs: z.array(Need).default([]),
  commercialTerms: Text.default(''),
  reliability: Reliability.optional(),
  competitors: z.array(Competitor).default([]),
  plan: AccountPlan.optional(),
  /** "Contact at least every N days" — a nudge, never a quota (docs/domain.md §5). */
  cadenceDays: z.number().int().positive().nullable().default(null),
  createdAt: IsoDate.optional(),
  updatedAt: IsoDate.optional(),
});
export type Account = z.infer<typeof Account>;
export type AccountInput = z.input<typeof Account>;
export type Competitor = z.infer<typeof Competitor>;
