/**
 * The CRMs with a built-in adapter (docs/contract.md, Hosts). A release build holds none of these
 * hosts at install: the user switches a CRM on in Settings, the browser asks for exactly these
 * patterns, and the background registers that CRM's content script (lib/background/user-hosts.ts
 * does the same for self-hosted webmail). The e2e build holds them all (wxt.config.ts), so its
 * content scripts run there without a prompt.
 */
export interface CrmSite {
  /** Stable id; also the content script's entry name (entrypoints/<id>.content.ts). */
  readonly id: 'salesforce' | 'hubspot' | 'pipedrive' | 'zoho' | 'dynamics';
  /** Product name as the vendor writes it (not translated). */
  readonly label: string;
  readonly matches: readonly string[];
}

/** Dynamics 365 serves each region from its own crmN subdomain (crm = North America, crm4 = Europe, …). */
const dynamicsRegions = [
  'crm',
  'crm2',
  'crm3',
  'crm4',
  'crm5',
  'crm6',
  'crm7',
  'crm8',
  'crm9',
  'crm11',
  'crm12',
  'crm14',
  'crm15',
  'crm16',
  'crm17',
  'crm19',
  'crm20',
  'crm21',
];

export const crmSites: readonly CrmSite[] = [
  { id: 'salesforce', label: 'Salesforce', matches: ['https://*.lightning.force.com/*'] },
  { id: 'hubspot', label: 'HubSpot', matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] },
  { id: 'pipedrive', label: 'Pipedrive', matches: ['https://*.pipedrive.com/*'] },
  {
    id: 'zoho',
    label: 'Zoho CRM',
    matches: ['https://crm.zoho.com/*', 'https://crm.zoho.eu/*', 'https://crm.zoho.in/*', 'https://crm.zoho.com.au/*'],
  },
  { id: 'dynamics', label: 'Dynamics 365', matches: dynamicsRegions.map((r) => `https://*.${r}.dynamics.com/*`) },
];

/** Every CRM host pattern: the e2e build's static content scripts and host permissions. */
export const crmMatches: readonly string[] = crmSites.flatMap((s) => s.matches);

/** The built content script file of a CRM (WXT names it after the entry). */
export const crmScriptFile = (site: CrmSite): string => `content-scripts/${site.id}.js`;
