import { crmScriptFile, crmSites, type CrmSite } from '@/lib/adapters/crm-sites';
import { crmIsBuiltIn, crmScriptId } from '@/lib/permissions/crm-switch';

interface Scripting {
  registerContentScripts(s: unknown[]): Promise<void>;
  unregisterContentScripts(f: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(f?: { ids?: string[] }): Promise<{ id: string }[]>;
}

const granted = (site: CrmSite) => browser.permissions.contains({ origins: [...site.matches] }).catch(() => false);

/**
 * Runs each CRM's content script where the user switched that CRM on (Settings → CRMs asks the
 * browser for exactly its hosts): the browser's granted hosts are the only record of the switch,
 * so a host the user revokes in the browser's own settings switches the CRM off too. Checked at
 * every worker start and whenever a permission changes. A CRM the build runs from its manifest
 * (the e2e build) is left alone.
 */
export function startCrmHosts(later: (task: () => void) => void = (task) => task()): void {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (!scripting?.registerContentScripts) return;
  const manifest = browser.runtime.getManifest();
  const sync = async () => {
    const registered = new Set((await scripting.getRegisteredContentScripts()).map((s) => s.id));
    for (const site of crmSites) {
      if (crmIsBuiltIn(manifest, site)) continue;
      const id = crmScriptId(site);
      const on = await granted(site);
      if (on && !registered.has(id)) {
        await scripting.registerContentScripts([
          { id, matches: [...site.matches], js: [crmScriptFile(site)], runAt: 'document_idle', persistAcrossSessions: true },
        ]);
      } else if (!on && registered.has(id)) {
        await scripting.unregisterContentScripts({ ids: [id] });
      }
    }
  };
  // One sync at a time: two permission events in a row must not register the same id twice.
  let queue = Promise.resolve();
  const schedule = () => {
    queue = queue.then(sync).catch(() => undefined);
  };
  later(schedule);
  browser.permissions.onAdded.addListener(schedule);
  browser.permissions.onRemoved.addListener(schedule);
}
