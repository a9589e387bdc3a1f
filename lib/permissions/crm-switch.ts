import { crmScriptFile, type CrmSite } from '@/lib/adapters/crm-sites';

/** The part of a manifest that says which content scripts the build runs by itself. */
export interface ManifestScripts {
  content_scripts?: readonly { js?: readonly string[] }[];
}

/**
 * Whether this build runs the CRM's content script from its manifest (the e2e build holds every
 * CRM host, wxt.config.ts): then the CRM is always on, and nothing is registered or asked for.
 */
export function crmIsBuiltIn(manifest: ManifestScripts, site: CrmSite): boolean {
  const file = crmScriptFile(site);
  return (manifest.content_scripts ?? []).some((s) => s.js?.includes(file));
}

/** The id of the content script registered at run time for a CRM switched on in Settings. */
export const crmScriptId = (site: CrmSite): string => `keyside-crm-${site.id}`;
