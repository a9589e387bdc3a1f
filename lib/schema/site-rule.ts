import { z } from 'zod';
import { Id } from './common';

/** A WebExtension match pattern: scheme://host/path with * wildcards. */
export const MatchPattern = z
  .string()
  .regex(/^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/, 'must be a match pattern like https://crm.example.com/*');

/** A user rule that turns any CRM page into a source of emails (docs/contract.md, Backup file). */
export const SiteRule = z.looseObject({
  id: Id,
  name: z.string().trim().min(1),
  urlPattern: MatchPattern,
  emailSelector: z.string().min(1),
  emailAttribute: z.string().min(1).optional(),
  nameSelector: z.string().min(1).optional(),
});
export type SiteRule = z.infer<typeof SiteRule>;
