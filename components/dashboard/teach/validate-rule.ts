import { deepSelectorProblem } from '@/lib/adapters/deep-selector';
import { t } from '@/lib/i18n/t';
import { SiteRule } from '@/lib/schema';

export type RuleCheck = { ok: true; rule: SiteRule } | { ok: false; message: string };

/**
 * A rule as the user typed it, checked before anything is stored or asked of the browser: the
 * schema (pattern shape, lengths), then each selector against this page's own CSS engine (the
 * same engine the content script will use), so a typo is named here and never reaches a page.
 */
export function checkRule(fields: Record<string, unknown>): RuleCheck {
  const cleaned = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '' && v !== undefined));
  const parsed = SiteRule.safeParse(cleaned);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = String(first?.path[0] ?? '');
    if (field === 'urlPattern') return { ok: false, message: t('ruleInvalidPattern') };
    return { ok: false, message: t('ruleInvalidField', fieldLabel(field), first?.message ?? '') };
  }
  for (const key of ['emailSelector', 'nameSelector'] as const) {
    const selector = parsed.data[key];
    const problem = selector === undefined ? null : deepSelectorProblem(selector, document);
    if (problem) return { ok: false, message: t('ruleInvalidField', fieldLabel(key), problem) };
  }
  return { ok: true, rule: parsed.data };
}

function fieldLabel(key: string): string {
  switch (key) {
    case 'urlPattern':
      return t('fieldUrlPattern');
    case 'emailSelector':
      return t('fieldEmailSelector');
    case 'nameSelector':
      return t('fieldNameSelector');
    case 'emailAttribute':
      return t('fieldEmailAttribute');
    default:
      return t('fieldRuleName');
  }
}
