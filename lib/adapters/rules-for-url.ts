import type { Settings, SiteRule } from '@/lib/schema';
import { matchesPattern } from './match-pattern';

/** What a page's content script adds to the built-in adapters (sent as the worker's ContentConfig). */
export interface PageRules {
  siteRules: SiteRule[];
  generic: boolean;
}

/** The user's rules and generic-adapter choice that apply to `url`. */
export function rulesForUrl(url: string, rules: readonly SiteRule[], settings: Pick<Settings, 'genericOrigins'>): PageRules {
  let origin = '';
  try {
    origin = new URL(url).origin;
  } catch {
    return { siteRules: [], generic: false };
  }
  return {
    siteRules: rules.filter((r) => matchesPattern(r.urlPattern, url)),
    generic: settings.genericOrigins.includes(origin),
  };
}
