/**
 * Contract facts to read before a negotiation, a signing or an account review (docs/domain.md §2:
 * terms, disagreements and who may settle them; the issue names these three meeting types). For
 * each contract still in force: renewal date and notice deadline, then open disagreements — those
 * beyond the manager's authority first, since they decide who must come to the meeting — then the
 * open obligations of both sides, soonest first.
 */
import { contractLabel, noticeDeadline } from '@/lib/contracts/derived-tasks';
import type { Contract } from '@/lib/schema/contract';
import type { Meeting } from '@/lib/schema/meeting';
import type { Account } from '@/lib/schema/account';
import type { PromptKey, PromptKind } from '@/lib/schema/prompt';
import { dayOf, daysBetween, type Day } from '@/lib/time/local-time';

/** The meeting types (lib/checklists/templates/*.json meetingType) whose preparation shows contracts. */
export const CONTRACT_MEETING_TYPES: readonly string[] = ['negotiation', 'signing', 'account-review'];

interface ContractPrompt {
  kind: PromptKind;
  key: PromptKey;
  params: Record<string, string | number | boolean | null>;
  refId: string;
}

interface Input {
  account: Account;
  meeting?: Meeting;
  contracts?: readonly Contract[];
}

export function contractPrompts(input: Input, today: Day, tz: string): ContractPrompt[] {
  if (!input.meeting || !CONTRACT_MEETING_TYPES.includes(input.meeting.type)) return [];
  const contracts = (input.contracts ?? []).filter((c) => c.accountId === input.account.id && c.status !== 'expired');
  const dates: ContractPrompt[] = [];
  const disputes: ContractPrompt[] = [];
  const owed: { due: Day | null; prompt: ContractPrompt }[] = [];
  for (const c of contracts) {
    const contract = contractLabel(c);
    if (c.renewalOn) {
      const day = dayOf(c.renewalOn, tz);
      dates.push({
        kind: 'contract-date',
        key: 'prompt.contractRenewal',
        params: { contract, day, days: daysBetween(today, day) },
        refId: c.id,
      });
      const notice = noticeDeadline(c);
      if (notice) {
        dates.push({
          kind: 'contract-date',
          key: 'prompt.contractNotice',
          params: { contract, day: notice, days: daysBetween(today, notice), noticeDays: c.noticeDays },
          refId: c.id,
        });
      }
    }
    for (const d of c.disagreements) {
      if (d.resolved || !d.text.trim()) continue;
      disputes.push({
        kind: 'disagreement',
        key: 'prompt.disagreement',
        params: { contract, text: d.text.trim(), scope: d.scope },
        refId: c.id,
      });
    }
    for (const o of c.obligations) {
      if (o.done || !o.text.trim()) continue;
      const due = o.due ? dayOf(o.due, tz) : null;
      owed.push({
        due,
        prompt: {
          kind: 'obligation',
          key: 'prompt.obligation',
          params: { contract, side: o.side, text: o.text.trim(), due, overdue: !!due && due < today },
          refId: c.id,
        },
      });
    }
  }
  // A stable sort keeps the contracts' order within each scope.
  disputes.sort((a, b) => Number(b.params.scope === 'beyond') - Number(a.params.scope === 'beyond'));
  owed.sort((a, b) => (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1));
  return [...dates, ...disputes, ...owed.map((o) => o.prompt)];
}
