import { crmSites } from '@/lib/adapters/crm-sites';

/**
 * Index keys of the CRM records linked to a dossier (Account.crmRefs), so a record page finds its
 * dossier through one indexed lookup (the accounts' `*crmKeys` index, lib/db/crm-keys.ts).
 * A record is known by its CRM's own id (`r:` keys) and by its page's address (`u:` keys): a
 * backup may carry either (docs/contract.md: "A crmRefs entry matches a page whose URL equals its url").
 */

/** Query parameters that only say how the user got to a page (campaign and click trackers). */
const TRACKING =
  /^(?:utm_.*|gclid|gbraid|wbraid|fbclid|msclkid|dclid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|__hs[a-z]+|hsctatracking|_ga|_gl|ref|ref_src|trk|trkinfo)$/i;

const MAX_URL = 4000;

/**
 * The address of a record page as it is compared: http(s) only, host lower-case, default port,
 * fragment and tracking parameters dropped, the other parameters sorted, no trailing slash.
 * '' when it is not an http(s) URL. Idempotent; runs in time linear in the input.
 */
export function normaliseRecordUrl(raw: string): string {
  const text = raw.trim();
  if (!text || text.length > MAX_URL) return '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href.replace(/\?$/, '');
}

/**
 * A CRM's id as stored: a built-in CRM's id whether the entry says "pipedrive" or "Pipedrive"
 * (a hand-written backup), otherwise the name trimmed and lower-cased.
 */
export function crmSystemId(system: string): string {
  const s = system.trim().toLowerCase();
  return crmSites.find((c) => c.id === s || c.label.toLowerCase() === s)?.id ?? s;
}

/** A record's key; an entry without a type matches the id in every type of its CRM. */
export const recordKey = (system: string, type: string, id: string): string =>
  `r:${crmSystemId(system)}:${type.trim().toLowerCase()}:${id.trim()}`;

export const urlKey = (normalisedUrl: string): string => `u:${normalisedUrl}`;

export interface CrmRefLike {
  url?: unknown;
  system?: unknown;
  recordId?: unknown;
  recordType?: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The index keys of a dossier's linked records (deduplicated). */
export function crmRefKeys(refs: readonly CrmRefLike[] | undefined): string[] {
  const keys = new Set<string>();
  for (const ref of refs ?? []) {
    const url = normaliseRecordUrl(str(ref.url));
    if (url) keys.add(urlKey(url));
    const system = str(ref.system);
    const id = str(ref.recordId).trim();
    if (system.trim() && id) keys.add(recordKey(system, str(ref.recordType), id));
  }
  return [...keys];
}

/** The keys a page is looked up by: its record (with and without its type) and its address. */
export function pageCrmKeys(url: string, record?: { crm: string; type: string; id: string }): string[] {
  const keys: string[] = [];
  if (record?.crm && record.id.trim())
    keys.push(recordKey(record.crm, record.type, record.id), recordKey(record.crm, '', record.id));
  const normal = normaliseRecordUrl(url);
  if (normal) keys.push(urlKey(normal));
  return keys;
}

/** Whether a stored entry is the record shown: same CRM and id (and type, when it has one), or same address. */
export function refIsRecord(ref: CrmRefLike, url: string, record?: { crm: string; type: string; id: string }): boolean {
  const page = new Set(pageCrmKeys(url, record));
  return crmRefKeys([ref]).some((k) => page.has(k));
}
