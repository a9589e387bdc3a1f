import { z } from 'zod';
import { Id, IsoDate, IsoDay, Text } from './common';

/**
 * Who brought whom (docs/domain.md §2): either side is a dossier (`…AccountId`) or only a name
 * (someone Keyside has no dossier for). One record shows in both dossiers' history.
 */
export const Referral = z.looseObject({
  id: Id,
  referrerAccountId: Id.nullable().default(null),
  referrerName: Text.default(''),
  referredAccountId: Id.nullable().default(null),
  referredName: Text.default(''),
  on: IsoDay,
  note: Text.default(''),
  createdAt: IsoDate.optional(),
});
export type Referral = z.infer<typeof Referral>;
