import type { AppDB } from '@/lib/db/app-db';
import { siteHealthOf } from '@/lib/db/queries/site-health';
import { saveSiteHealth } from '@/lib/db/repos/site-health';
import type { PageContext } from '@/lib/schema';
import { isSuccess, type SiteHealth } from '@/lib/schema/site-health';

/** A site whose reads keep saying the same thing is written at most this often. */
export const WRITE_EVERY_MS = 60_000;

/** One read folded into a site's record: counts, layouts, the last success. Takes only ids from the context. */
export function applyRead(prev: SiteHealth | undefined, ctx: PageContext, at: Date, version: string): SiteHealth {
  const now = at.toISOString();
  const counts = { ...prev?.counts, [ctx.status]: (prev?.counts[ctx.status] ?? 0) + 1 };
  const success = isSuccess(ctx.status);
  const layouts = { ...prev?.layouts };
  if (success && ctx.layout) layouts[ctx.layout] = (layouts[ctx.layout] ?? 0) + 1;
  return {
    site: ctx.site,
    counts,
    layouts,
    lastSuccessAt: success ? now : (prev?.lastSuccessAt ?? ''),
    lastLayout: success ? ctx.layout : (prev?.lastLayout ?? ''),
    unrecognisedSince: success ? 0 : (prev?.unrecognisedSince ?? 0) + (ctx.status === 'unrecognised' ? 1 : 0),
    lastStatus: ctx.status,
    lastSeenAt: now,
    version,
  };
}

interface Written {
  at: number;
  status: PageContext['status'];
  layout: string;
}

/**
 * Keeps Settings → Site health up to date from the page contexts the worker receives. Content
 * scripts re-read on every relevant page change, so the record lives in memory and reaches the
 * database at most once a minute per site, or at once when the status or layout changes. Counts
 * from the last minute before the worker stops may be lost: the report is a diagnostic, not a ledger.
 */
export class SiteHealthRecorder {
  private records = new Map<string, Promise<SiteHealth | undefined>>();
  private written = new Map<string, Written>();

  constructor(
    private db: AppDB,
    private version: string,
    private clock: () => Date = () => new Date(),
  ) {}

  /** Folds one read in; resolves once any write it caused is done (tests wait on it, the worker does not). */
  record(ctx: PageContext): Promise<void> {
    const at = this.clock();
    const site = ctx.site;
    // Reads of one site are applied in arrival order: each waits for the record before it.
    const prev = this.records.get(site) ?? siteHealthOf(this.db, site).catch(() => undefined);
    const next = prev.then((p) => applyRead(p, ctx, at, this.version));
    this.records.set(site, next);
    const write = next.then((entry) => (this.due(entry, at) ? this.save(entry, at) : undefined));
    return write.catch(() => undefined);
  }

  private due(entry: SiteHealth, at: Date): boolean {
    const last = this.written.get(entry.site);
    if (!last) return true;
    return last.status !== entry.lastStatus || last.layout !== entry.lastLayout || at.getTime() - last.at >= WRITE_EVERY_MS;
  }

  private async save(entry: SiteHealth, at: Date): Promise<void> {
    this.written.set(entry.site, { at: at.getTime(), status: entry.lastStatus, layout: entry.lastLayout });
    await saveSiteHealth(this.db, entry);
  }
}
