/**
 * Preparation prompts from complaint cases (lib/schema/complaint-case.ts): every unresolved case
 * of the account, oldest first, with its status and age — before any meeting, and above all the
 * complaint meeting (docs/domain.md §5: "open complaints" are a live fact every checklist pulls).
 */
import type { ComplaintCase } from '@/lib/schema/complaint-case';
import type { Interaction } from '@/lib/schema/interaction';
import { daysSince } from '@/lib/tasks/cadence';
import { localDay } from '@/lib/time/local-time';
import type { Prompt, PromptInput } from './prompts';

function unresolved(input: PromptInput): ComplaintCase[] {
  return (input.cases ?? [])
    .filter((c) => c.accountId === input.account.id && c.status !== 'resolved')
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
}

export function casePrompts(input: PromptInput, tz: string): Prompt[] {
  return unresolved(input).map((c) => ({
    kind: 'open-case',
    key: c.status === 'in-progress' ? 'prompt.caseInProgress' : 'prompt.openCase',
    params: {
      title: c.title,
      status: c.status,
      department: c.department,
      day: localDay(c.openedAt, tz),
      daysOpen: daysSince(c.openedAt, input.now, tz),
    },
    refId: c.id,
  }));
}

/** A complaint entry linked to an unresolved case is told by its case's prompt, not again on its own. */
export function toldByCase(input: PromptInput): (i: Interaction) => boolean {
  const linked = new Set(unresolved(input).flatMap((c) => c.interactionIds));
  return (i) => linked.has(i.id);
}
