import type { AppDB } from '@/lib/db/app-db';
import { SiteHealth, SiteHealthTable } from '@/lib/schema/site-health';

export const SITE_HEALTH_KEY = 'siteHealth';

/** Every site's reading record, keyed by site; a corrupt row reads as nothing recorded yet. */
export async function siteHealthTable(db: AppDB): Promise<SiteHealthTable> {
  const row = await db.kv.get(SITE_HEALTH_KEY);
  const parsed = SiteHealthTable.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : {};
}

/** Settings → Site health: one row per site Keyside has read, by site id. */
export async function siteHealth(db: AppDB): Promise<SiteHealth[]> {
  return Object.values(await siteHealthTable(db)).sort((a, b) => a.site.localeCompare(b.site));
}

/** One site's record, if any. */
export async function siteHealthOf(db: AppDB, site: string): Promise<SiteHealth | undefined> {
  const found = (await siteHealthTable(db))[site];
  return found ? SiteHealth.parse(found) : undefined;
}
