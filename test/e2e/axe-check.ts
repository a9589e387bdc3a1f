import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** The WCAG 2.0/2.1 A and AA rules: the level issue 14 asks the extension's pages to meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Serious and critical axe violations on `page`, one readable line per element (rule, impact,
 * target, help), so a failure names what to fix. `include` narrows the scan to one part of a page
 * (the panel inside a host page: the host's own markup is not ours to fix).
 */
export async function seriousViolations(page: Page, include?: string): Promise<{ found: string[]; inFrames: number }> {
  // AxeBuilder gives each iframe 1 s to load axe's half-megabyte script and silently skips a frame
  // that takes longer: on a busy machine the panel's frame went unchecked. Loaded here first, with
  // no time limit, the builder's own injection is quick.
  for (const frame of page.frames().slice(1)) await frame.evaluate(axe.source).catch(() => undefined);
  let builder = new AxeBuilder({ page, axeSource: axe.source }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations, passes } = await builder.analyze();
  // Elements checked inside iframes (their target has a frame step first): proves the panel was read.
  const inFrames = passes.flatMap((p) => p.nodes).filter((n) => n.target.length > 1).length;
  const found = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${v.help} — ${n.failureSummary ?? ''}`),
    );
  return { found, inFrames };
}
