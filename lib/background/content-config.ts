import type { ContentConfig } from '@/lib/messaging/protocol';
import type { Settings, SiteRule } from '@/lib/schema';
import { matchesPattern } from '@/lib/adapters/match-pattern';

/** The user's rules and generic-adapter choice that apply to `url`. */
export function rulesForUrl(url: string, rules: SiteRule[], settings: Settings): ContentConfig {
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
