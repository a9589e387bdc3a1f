import { z } from 'zod';
import { Id } from './common';

/**
 * The user confirmed that a sender a page showed by name only is this contact. Kept (in the
 * `kv` table) until the name shows up with an address, which is then added to the contact
 * (lib/db/repos/name-confirmations.ts), so later messages match by address.
 */
export const NameConfirmation = z.object({
  /** lib/search/person-name.ts nameKey of the name as the page showed it. */
  key: z.string().min(1).max(200),
  contactId: Id,
  at: z.string(),
});
export type NameConfirmation = z.infer<typeof NameConfirmation>;

export const NameConfirmations = z.array(NameConfirmation).max(500);
