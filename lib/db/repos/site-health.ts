import type { AppDB } from '@/lib/db/app-db';
import { SITE_HEALTH_KEY, siteHealthTable } from '@/lib/db/queries/site-health';
import { SiteHealth, SiteHealthTable } from '@/lib/schema/site-health';

/** Sites are adapter ids (a dozen); the cap only bounds a row nobody should be able to grow. */
const MAX_SITES = 60;

/** Stores one site's record; past the cap the site seen longest ago goes. */
export function saveSiteHealth(db: AppDB, entry: SiteHealth): Promise<void> {
  return db.transaction('rw', db.kv, async () => {
    const table = { ...(await siteHealthTable(db)), [entry.site]: SiteHealth.parse(entry) };
    const kept = Object.values(table)
      .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt))
      .slice(0, MAX_SITES);
    await db.kv.put({ key: SITE_HEALTH_KEY, value: SiteHealthTable.parse(Object.fromEntries(kept.map((e) => [e.site, e]))) });
  });
}

/** Settings → Site health's "clear": start counting afresh. */
export async function clearSiteHealth(db: AppDB): Promise<void> {
  await db.kv.delete(SITE_HEALTH_KEY);
}
