import { z } from 'zod';
import { Id, IsoDate, Text } from './common';

export const roles = ['decision-maker', 'influencer', 'user', 'gatekeeper', 'other'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/**
 * Emails are stored lower-case and trimmed: the contact-by-email index must hit exactly. The
 * check is deliberately loose: internationalised addresses (info@пример.рф) are real clients.
 */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.string().regex(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/u, 'must be an email address'));

export const Contact = z.looseObject({
  id: Id,
  accountId: Id.nullable().default(null),
  name: z.string().trim().min(1, 'name must not be empty'),
  emails: z.array(Email).default([]),
  phones: z.array(Text).default([]),
  title: Text.default(''),
  role: Role.default('other'),
  /** Communication style: speech, manner, behaviour (docs/domain.md §3). */
  style: Text.default(''),
  /** Kept apart from public facts (docs/domain.md §3). */
  personalNotes: Text.default(''),
  vip: z.boolean().default(false),
  language: Text.default(''),
  createdAt: IsoDate.optional(),
  updatedAt: IsoDate.optional(),
});
export type Contact = z.infer<typeof Contact>;
export type ContactInput = z.input<typeof Contact>;
