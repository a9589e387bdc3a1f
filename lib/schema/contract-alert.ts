import { z } from 'zod';

/**
 * A contract date the panel shows beside the client's email (lib/panel-data/contract-alerts.ts
 * computes them in the worker; components/panel/ContractAlerts.tsx words them in the user's
 * language). `days` counts local days from today to `day`: negative when overdue.
 */
export const ContractAlert = z.object({
  kind: z.enum(['renewal', 'we-owe', 'client-owes']),
  contractId: z.string(),
  /** The contract's number and title as one line (may be empty). */
  contract: z.string(),
  /** The obligation's text; empty for a renewal. */
  text: z.string(),
  day: z.string(),
  days: z.number().int(),
  overdue: z.boolean(),
  /** For a renewal with a notice period: the last day to give notice. */
  noticeBy: z.string().nullable(),
});
export type ContractAlert = z.infer<typeof ContractAlert>;
