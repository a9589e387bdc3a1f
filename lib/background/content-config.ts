import type { ContentConfig } from '../messaging/protocol';
import type { Settings, SiteRule } from '../schema';
import { matchPatternToRegExp } from '../adapters/match-pattern';

/** The user's rules and generic-adapter choice that apply to `url`. */
export function rulesForUrl(url: string, rules: SiteRule[], settings: Settings): ContentConfig {
  let origin = '';
  try {
    origin = new URL(url).origin;
  } catch {
    return { siteRules: [], generic: false };
  }
  return {
    siteRules: rules.filter((r) => matchPatternToRegExp(r.urlPattern).test(url)),
    generic: settings.genericOrigins.includes(origin),
  };
}
