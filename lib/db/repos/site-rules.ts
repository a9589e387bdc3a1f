import type { AppDB } from '@/lib/db/app-db';
import { SiteRule } from '@/lib/schema';

/** Stores a new site rule; the caller asked for the page permission first. */
export async function addSiteRule(db: AppDB, rule: SiteRule): Promise<SiteRule> {
  const parsed = SiteRule.parse(rule);
  await db.siteRules.add(parsed);
  return parsed;
}

/** Returns the deleted rule so the caller can offer Undo (lib/db/repos/restore.ts). */
export async function deleteSiteRule(db: AppDB, id: string): Promise<SiteRule | undefined> {
  return db.transaction('rw', db.siteRules, async () => {
    const rule = await db.siteRules.get(id);
    if (rule) await db.siteRules.delete(id);
    return rule;
  });
}

/** Replaces a rule after an edit in Settings (same id); the caller asked for a new pattern's permission first. */
export async function updateSiteRule(db: AppDB, rule: SiteRule): Promise<SiteRule> {
  const parsed = SiteRule.parse(rule);
  await db.transaction('rw', db.siteRules, async () => {
    if (!(await db.siteRules.get(parsed.id))) throw new Error(`no site rule ${parsed.id}`);
    await db.siteRules.put(parsed);
  });
  return parsed;
}
