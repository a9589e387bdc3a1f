import { z } from 'zod';
import { Id } from './common';

/**
 * Caps on what a rule may hold. Rules arrive in backups, and every page load tests them, so the
 * work they can cause must stay small and linear (lib/adapters/glob-match.ts; repository issue 10).
 */
export const MAX_PATTERN_LENGTH = 2048;
export const MAX_PATTERN_WILDCARDS = 8;
export const MAX_SELECTOR_LENGTH = 1000;

/** A WebExtension match pattern: scheme://host/path with * wildcards. */
export const MatchPattern = z
  .string()
  .max(MAX_PATTERN_LENGTH, `must be at most ${MAX_PATTERN_LENGTH} characters`)
  .regex(/^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/, 'must be a match pattern like https://crm.example.com/*')
  .refine((p) => p.split('*').length - 1 <= MAX_PATTERN_WILDCARDS, `must have at most ${MAX_PATTERN_WILDCARDS} * wildcards`);

/** A rule's selector: plain CSS, or parts joined with ` >>> ` (lib/adapters/deep-selector.ts). */
export const Selector = z.string().min(1).max(MAX_SELECTOR_LENGTH, `must be at most ${MAX_SELECTOR_LENGTH} characters`);

/** A user rule that turns any CRM page into a source of emails (docs/contract.md, Backup file). */
export const SiteRule = z.looseObject({
  id: Id,
  name: z.string().trim().min(1),
  urlPattern: MatchPattern,
  emailSelector: Selector,
  emailAttribute: z.string().min(1).optional(),
  nameSelector: Selector.optional(),
});
export type SiteRule = z.infer<typeof SiteRule>;
