import { z } from 'zod';
import { Id, IsoDate, IsoDay, Text } from './common';

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

/** The relationship with this person (docs/domain.md §3: contact -> acquainted -> loyal -> close). */
export const relationshipStages = ['contact', 'acquainted', 'loyal', 'close'] as const;
export const RelationshipStage = z.enum(relationshipStages);
export type RelationshipStage = z.infer<typeof RelationshipStage>;

/** Where this person stands on our offer, as the decision map shows it. */
export const stances = ['unknown', 'ally', 'neutral', 'opponent'] as const;
export const Stance = z.enum(stances);
export type Stance = z.infer<typeof Stance>;

export const moods = ['positive', 'neutral', 'negative'] as const;
export const Mood = z.enum(moods);
export type Mood = z.infer<typeof Mood>;

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
  relationshipStage: RelationshipStage.default('contact'),
  stance: Stance.default('unknown'),
  /** Interests and conversation topics, one entry each. */
  interests: z.array(Text).default([]),
  /** Mood at the last meeting, with a word on why. */
  mood: z.looseObject({ value: Mood, note: Text.default(''), on: IsoDay.nullable().default(null) }).optional(),
  createdAt: IsoDate.optional(),
  updatedAt: IsoDate.optional(),
});
export type Contact = z.infer<typeof Contact>;
export type ContactInput = z.input<typeof Contact>;
