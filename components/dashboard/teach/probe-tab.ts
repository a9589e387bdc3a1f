import { matchesPattern } from '@/lib/adapters/match-pattern';
import type { ProbeResult, RuleSelectors } from '@/lib/content/picker/probe-rule';

/** A probe that could not run: the tab is gone, moved to another page, or closed to Keyside. */
export type TabProbe = ProbeResult | { status: 'unreachable' };

/**
 * Runs a rule on an open tab (entrypoints/rule-probe.ts, the same reader the content script
 * uses) and returns what it reads. Allowed by activeTab right after the picker (the grant lasts
 * until the tab navigates) or by the host permission of a saved rule.
 */
export async function probeTab(tabId: number, rule: RuleSelectors): Promise<TabProbe> {
  try {
    const target = { tabId, frameIds: [0] };
    await browser.scripting.executeScript({ target, files: ['/rule-probe.js'] });
    const [first] = await browser.scripting.executeScript({
      target,
      func: (r: RuleSelectors) => {
        const probe = (globalThis as { __keysideProbe?: (x: RuleSelectors) => unknown }).__keysideProbe;
        return probe ? probe(r) : null;
      },
      args: [rule],
    });
    const result = first?.result as ProbeResult | null | undefined;
    return result ?? { status: 'unreachable' };
  } catch {
    return { status: 'unreachable' };
  }
}

/** lastAccessed is missing in older browsers, though typed as always there. */
const lastUsed = (tab: { lastAccessed?: number }) => tab.lastAccessed ?? 0;

/** The open tab a rule is for: the most recently used one whose URL the pattern matches. */
export async function tabForPattern(pattern: string): Promise<number | undefined> {
  const tabs = await browser.tabs.query({});
  const matching = tabs.filter((tab) => tab.id !== undefined && tab.url && matchesPattern(pattern, tab.url));
  matching.sort((a, b) => lastUsed(b) - lastUsed(a));
  return matching[0]?.id;
}
