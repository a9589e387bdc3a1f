import type { SiteAdapter } from '@/lib/adapters/types';
import type { SiteRule } from '@/lib/schema/site-rule';

/**
 * The code behind the user's own rules for a page (site rules and the generic mailto adapter). Most
 * pages have none, so the content scripts do not carry it (issue 13: every content script ≤ 10 KB
 * gzip): when the worker's ContentConfig for a page holds rules, the worker first injects
 * `/page-rules.js` (entrypoints/page-rules.ts) into the asking frame, which leaves this in the
 * extension's isolated world for the content script to pick up. A symbol key, as in
 * page-guards.ts: a string key would also find the page's `<div id=…>`.
 */
export interface RuleCode {
  adapterFromRule(rule: SiteRule): SiteAdapter;
  genericAdapter: SiteAdapter;
}

const SLOT = Symbol.for('keyside.ruleCode');

/** The file the worker injects; the same name as its entrypoint. */
export const RULE_CODE_FILE = '/page-rules.js';

export function provideRuleCode(code: RuleCode): void {
  (globalThis as { [SLOT]?: RuleCode })[SLOT] = code;
}

/** The rule code, once the worker injected it into this frame; undefined otherwise. */
export function ruleCode(): RuleCode | undefined {
  return (globalThis as { [SLOT]?: RuleCode })[SLOT];
}
