import { z } from 'zod';
import { Id, IsoDate, IsoDay, Text } from './common';

/** ISO 4217 code, stored upper-case: amounts are only ever summed within one currency. */
export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR'));

/**
 * An order or an invoice (docs/domain.md §2, "payment discipline"). Overdue means an unpaid
 * invoice whose due day has passed (lib/money/overdue.ts).
 */
export const Invoice = z.looseObject({
  id: Id,
  accountId: Id,
  kind: z.enum(['order', 'invoice']).default('invoice'),
  number: Text.default(''),
  issuedOn: IsoDay.nullable().default(null),
  amount: z.number(),
  currency: Currency,
  dueOn: IsoDay.nullable().default(null),
  paid: z.boolean().default(false),
  paidOn: IsoDay.nullable().default(null),
  notes: Text.default(''),
  createdAt: IsoDate.optional(),
  updatedAt: IsoDate.optional(),
});
export type Invoice = z.infer<typeof Invoice>;
export type InvoiceInput = z.input<typeof Invoice>;
