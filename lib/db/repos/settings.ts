import { Settings } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';

const KEY = 'settings';

export async function getSettings(db: AppDB): Promise<Settings> {
  const row = await db.kv.get(KEY);
  // A corrupt row falls back to defaults rather than breaking every page.
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function saveSettings(db: AppDB, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.kv, async () => {
    const next = Settings.parse({ ...(await getSettings(db)), ...patch });
    await db.kv.put({ key: KEY, value: next });
    return next;
  });
}
