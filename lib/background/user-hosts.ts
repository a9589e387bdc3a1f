import { liveQuery } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { siteRules } from '@/lib/db/queries/site-rules';
import { getSettings } from '@/lib/db/repos/settings';
import { userPatterns } from '@/lib/adapters/user-patterns';

const SCRIPT_ID = 'keyside-user-hosts';
const CONTENT_SCRIPT = 'content-scripts/host.js';

interface Registrar {
  register(patterns: string[]): Promise<void>;
  unregister(): Promise<void>;
}

/** Chrome MV3 and Firefox ≥ 102 have scripting.registerContentScripts; older Firefox has contentScripts. */
function registrar(): Registrar {
  let firefoxHandle: { unregister(): Promise<void> } | undefined;
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.registerContentScripts) {
    return {
      register: (matches) =>
        scripting.registerContentScripts([
          { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
        ]),
      unregister: () => scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined),
    };
  }
  const cs = (browser as unknown as { contentScripts: { register(o: unknown): Promise<{ unregister(): Promise<void> }> } })
    .contentScripts;
  return {
    register: async (matches) => {
      firefoxHandle = await cs.register({ matches, js: [{ file: CONTENT_SCRIPT }], runAt: 'document_idle' });
    },
    unregister: async () => {
      await firefoxHandle?.unregister();
      firefoxHandle = undefined;
    },
  };
}

/**
 * Runs the content script on the sites the user added, once the browser granted them. The
 * user's settings are the source; permissions are asked for in the dashboard at the click.
 */
export function startUserHosts(db: AppDB, later: (task: () => void) => void = (task) => task()): void {
  const reg = registrar();
  let applied = '';
  const apply = async (patterns: string[]) => {
    const granted: string[] = [];
    for (const p of patterns) if (await browser.permissions.contains({ origins: [p] }).catch(() => false)) granted.push(p);
    const key = granted.join('\n');
    if (key === applied) return;
    applied = key;
    await reg.unregister();
    if (granted.length) await reg.register(granted);
  };
  let latest: string[] = [];
  // The registrations outlive the worker (persistAcrossSessions); re-checking them waits until the
  // worker answered its first requests (after-start.ts). The permission listeners are registered at once.
  later(() =>
    liveQuery(async () => {
      const [settings, rules] = await Promise.all([getSettings(db), siteRules(db)]);
      return userPatterns(
        settings.webmailOrigins,
        settings.genericOrigins,
        rules.map((r) => r.urlPattern),
      );
    }).subscribe({
      next: (patterns) => {
        latest = patterns;
        void apply(patterns).catch(() => (applied = ''));
      },
    }),
  );
  browser.permissions.onAdded.addListener(() => void apply(latest));
  browser.permissions.onRemoved.addListener(() => void apply(latest));
}
