import { ReadStatus, type SiteHealth } from '@/lib/schema/site-health';

/** Site and layout ids are short adapter-chosen words ('reading-pane:ids'); anything else is withheld, whatever it holds. */
const SAFE_ID = /^[a-z0-9][a-z0-9._:-]{0,79}$/i;
const SAFE_VERSION = /^\d[\d.]{0,19}$/;

const id = (s: string): string => (SAFE_ID.test(s) ? s : s ? '(withheld)' : '-');
const version = (s: string): string => (SAFE_VERSION.test(s) ? s : '?');
const time = (s: string): string => {
  const ms = Date.parse(s);
  return s && !Number.isNaN(ms) ? new Date(ms).toISOString() : 'never';
};

/** The browser and its major version from a user-agent string (nothing else from it: no OS, no device). */
export function browserOf(userAgent: string): string {
  for (const [name, pattern] of [
    ['Edge', /\bEdg\/(\d+)/],
    ['Opera', /\bOPR\/(\d+)/],
    ['Firefox', /\bFirefox\/(\d+)/],
    ['Chrome', /\bChrome\/(\d+)/],
  ] as const) {
    const major = pattern.exec(userAgent)?.[1];
    if (major) return `${name} ${major}`;
  }
  return 'unknown';
}

export interface ReportInput {
  extensionVersion: string;
  /** browserOf(navigator.userAgent) */
  browser: string;
  sites: readonly SiteHealth[];
  now: Date;
}

/**
 * Settings → Site health's "Copy report": what a bug report needs to tell which site and layout
 * stopped being read. Built only from ids, counts, versions and times — never a URL, name,
 * address or subject — and every id is checked against a plain pattern before it is written.
 */
export function siteHealthReport({ extensionVersion, browser, sites, now }: ReportInput): string {
  const lines = [
    'Keyside site health report',
    `extension: ${version(extensionVersion)}`,
    `browser: ${/^[A-Za-z]+ \d+$|^unknown$/.test(browser) ? browser : 'unknown'}`,
    `generated: ${now.toISOString()}`,
    `sites: ${sites.length}`,
  ];
  for (const s of sites) {
    const counts = ReadStatus.options.map((status) => `${status}=${s.counts[status] ?? 0}`).join(' ');
    const layouts = Object.entries(s.layouts)
      .map(([layout, n]) => `${id(layout)}=${n}`)
      .join(' ');
    lines.push(
      '',
      `[${id(s.site)}]`,
      `reads: ${counts}`,
      `layouts: ${layouts || '-'}`,
      `last success: ${time(s.lastSuccessAt)} (layout ${id(s.lastLayout)})`,
      `unrecognised since: ${s.unrecognisedSince}`,
      `last read: ${time(s.lastSeenAt)} (${s.lastStatus})`,
      `content script: ${version(s.version)}`,
    );
  }
  return lines.join('\n') + '\n';
}
