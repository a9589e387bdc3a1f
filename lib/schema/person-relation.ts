import { z } from 'zod';
import { Id, IsoDate, Text } from './common';

export const relationKinds = ['reports-to', 'influences'] as const;
export const RelationKind = z.enum(relationKinds);
export type RelationKind = z.infer<typeof RelationKind>;

/**
 * An edge of the client's decision map (docs/domain.md §3): `fromId` reports to, or influences,
 * `toId`. Both are people of the same account.
 */
export const PersonRelation = z.looseObject({
  id: Id,
  accountId: Id,
  fromId: Id,
  toId: Id,
  kind: RelationKind,
  note: Text.default(''),
  createdAt: IsoDate.optional(),
});
export type PersonRelation = z.infer<typeof PersonRelation>;
