import { deepSelectorProblem } from '@/lib/adapters/deep-selector';
import { adapterFromRule } from '@/lib/adapters/site-rule';

/** The part of a site rule that decides what it reads (lib/schema/site-rule.ts). */
export interface RuleSelectors {
  emailSelector: string;
  emailAttribute?: string;
  nameSelector?: string;
}

/** What a rule reads on a page, as the picker, the Teach page and "Test on open tab" show it. */
export interface ProbeResult {
  /** 'invalid': a selector the browser cannot parse (`problem` says why). */
  status: 'record' | 'none' | 'unrecognised' | 'invalid';
  people: { email: string; name: string }[];
  problem?: string;
}

/**
 * Runs a rule on this document exactly as the content script will (adapterFromRule), so what
 * the user sees before saving is what the panel gets. Never throws into the host page.
 */
export function probeRule(rule: RuleSelectors, doc: Document = document, href: string = location.href): ProbeResult {
  for (const selector of [rule.emailSelector, rule.nameSelector]) {
    if (selector === undefined) continue;
    const problem = deepSelectorProblem(selector, doc);
    if (problem) return { status: 'invalid', people: [], problem: `${selector}: ${problem}` };
  }
  try {
    const adapter = adapterFromRule({ id: 'probe', name: 'probe', urlPattern: '*://*/*', ...rule });
    const ctx = adapter.read(doc, new URL(href));
    const people = (ctx.people ?? []).slice(0, 20).map((p) => ({ email: p.email, name: p.name ?? '' }));
    return { status: ctx.status === 'record' ? 'record' : ctx.status === 'unrecognised' ? 'unrecognised' : 'none', people };
  } catch (e) {
    return { status: 'invalid', people: [], problem: e instanceof Error ? e.message : String(e) };
  }
}
