import type { AppDB } from '@/lib/db/app-db';
import type { SiteRule } from '@/lib/schema';

/** The user's site rules ("any CRM by a user rule"). */
export function siteRules(db: AppDB): Promise<SiteRule[]> {
  return db.siteRules.toArray();
}
