import { z } from 'zod';
import { PageContext } from './page-context';

export const ReadStatus = PageContext.shape.status;
export type ReadStatus = z.infer<typeof ReadStatus>;

/**
 * How well Keyside reads one site (PageContext.site), for Settings → Site health. Holds only
 * ids, counts and times: never a URL, name, address or subject (the report is pasted into bug
 * reports, lib/io/site-health-report.ts).
 */
export const SiteHealth = z.object({
  site: z.string().max(40),
  /** Reads per status since recording began. */
  counts: z.partialRecord(ReadStatus, z.number().int().nonnegative()).default({}),
  /** Reads per known layout (PageContext.layout) that read a page. */
  layouts: z.record(z.string().max(80), z.number().int().nonnegative()).default({}),
  /** The last read that found a message, record or event (ISO), '' when none yet. */
  lastSuccessAt: z.string().default(''),
  /** The layout of that read. */
  lastLayout: z.string().max(80).default(''),
  /** Reads that said "layout not recognised" since the last successful one. */
  unrecognisedSince: z.number().int().nonnegative().default(0),
  lastStatus: ReadStatus,
  lastSeenAt: z.string(),
  /** The extension version whose content script sent the last read. */
  version: z.string().max(40).default(''),
});
export type SiteHealth = z.infer<typeof SiteHealth>;

export const SiteHealthTable = z.record(z.string().max(40), SiteHealth);
export type SiteHealthTable = z.infer<typeof SiteHealthTable>;

/** A page whose content was read: the statuses that count as success. */
export function isSuccess(status: ReadStatus): boolean {
  return status === 'message' || status === 'record' || status === 'event';
}
