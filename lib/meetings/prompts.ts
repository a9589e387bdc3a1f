/**
 * Live facts from the dossier to read before a call or meeting (docs/domain.md §5: "checklists must
 * also pull live facts"). Prompts are data — a message key and params — so the UI words them in
 * the user's language; user text (summaries, nuances) is passed through as a param, never parsed.
 */
import type { Account } from '@/lib/schema/account';
import type { ComplaintCase } from '@/lib/schema/complaint-case';
import type { Contact } from '@/lib/schema/contact';
import type { Contract } from '@/lib/schema/contract';
import type { Invoice } from '@/lib/schema/invoice';
import type { Interaction } from '@/lib/schema/interaction';
import type { Meeting } from '@/lib/schema/meeting';
import type { PlanFigure } from '@/lib/schema/plan-figure';
import type { PersonRelation } from '@/lib/schema/person-relation';
import type { PromptKey, PromptKind } from '@/lib/schema/prompt';
import type { Task } from '@/lib/schema/task';
import { daysSince } from '@/lib/tasks/cadence';
import { dueDay, isOpen } from '@/lib/tasks/due';
import { daysBetween, localDay, runtimeTimeZone } from '@/lib/time/local-time';
import { contractPrompts } from './prompts-contracts';
import { moneyPrompts } from './prompts-money';
import { casePrompts, toldByCase } from './prompts-cases';
import { planPrompts } from './prompts-plan';
import { showsDecisionMap } from '@/lib/people-map/meeting-types';
import { decisionMapPrompts } from './prompts-people';

export { PROMPT_KEYS, PROMPT_KINDS, type PromptKey, type PromptKind } from '@/lib/schema/prompt';

export type PromptParam = string | number | boolean | null;

export interface Prompt {
  kind: PromptKind;
  /** Message key for the UI's translations; params fill its placeholders. */
  key: PromptKey;
  params: Record<string, PromptParam>;
  /** The record to open when the prompt is clicked (interaction, task, contact or account id). */
  refId: string;
}

export interface PromptInput {
  account: Account;
  /** Attendees first; when `meeting` is given, only its attendees get attendee prompts. */
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  tasks: readonly Task[];
  meetings: readonly Meeting[];
  now: Date;
  /** The meeting being prepared, if any: picks the attendees. */
  meeting?: Meeting;
  tz?: string;
  /** How many recent interactions to show; the brief asks for three. */
  lastInteractions?: number;
  /** The account's contracts: renewal, notice, disagreements and obligations for the meeting types that need them. */
  contracts?: readonly Contract[];
  /** The account's orders and invoices: overdue ones become a prompt per currency. */
  invoices?: readonly Invoice[];
  /** The account's complaint cases; unresolved ones become prompts (./prompts-cases.ts). */
  cases?: readonly ComplaintCase[];
  /** The account's plan figures: an account review shows plan against actual (./prompts-plan.ts). */
  planFigures?: readonly PlanFigure[];
  /**
   * The account's decision map; its people are looked up in `contacts` (pass them all). Prompts
   * from it come for the meeting types that show the map (lib/people-map/meeting-types.ts).
   */
  relations?: readonly PersonRelation[];
}

/**
 * Prompts in reading order: what can hurt first (open complaints, overdue promises, credit
 * risk, a lapsed cadence), then what to keep in mind (commitments, nuances, people, history,
 * plan).
 */
export function preparationPrompts(input: PromptInput): Prompt[] {
  const { account, now } = input;
  const tz = input.tz ?? runtimeTimeZone();
  const today = localDay(now, tz);
  const interactions = input.interactions.filter((i) => i.accountId === account.id);
  const tasks = input.tasks.filter((t) => t.accountId === account.id && isOpen(t));
  const out: Prompt[] = casePrompts(input, tz);
  const inCase = toldByCase(input);

  // Open complaints, oldest first: the longest-waiting client is the angriest.
  for (const c of byAt(
    interactions.filter((i) => i.kind === 'complaint' && i.state !== 'closed' && !inCase(i)),
    'asc',
  )) {
    out.push({
      kind: 'open-complaint',
      key: 'prompt.openComplaint',
      params: { summary: c.summary, at: c.at, day: localDay(c.at, tz), daysOpen: daysSince(c.at, now, tz) },
      refId: c.id,
    });
  }

  const dated = tasks.map((t) => ({ t, day: dueDay(t, tz) }));
  const overdue = dated.filter((d) => d.day !== null && d.day < today).sort(byDay);
  for (const { t, day } of overdue) {
    out.push({
      kind: 'overdue-task',
      key: 'prompt.overdueTask',
      params: { title: t.title, due: day, daysOverdue: daysBetween(day ?? today, today) },
      refId: t.id,
    });
  }

  out.push(...moneyPrompts(account, input.invoices ?? [], today));

  const rating = account.reliability?.rating;
  if (rating === 'watch' || rating === 'risk') {
    out.push({
      kind: 'reliability',
      key: 'prompt.reliability',
      params: { rating, notes: account.reliability?.notes ?? '', checkedAt: account.reliability?.checkedAt ?? null },
      refId: account.id,
    });
  }

  const cadence = noContactPrompt(input, interactions, tz);
  if (cadence) out.push(cadence);

  out.push(...contractPrompts(input, today, tz));

  // Open commitments: follow-ups not yet overdue (dated first), then open non-complaint
  // interactions — the schema keeps e.g. a sent proposal 'open' until it is answered.
  const pending = dated.filter((d) => d.day === null || d.day >= today).sort(byDay);
  for (const { t, day } of pending) {
    out.push(
      day
        ? { kind: 'open-commitment', key: 'prompt.openCommitmentDue', params: { title: t.title, due: day }, refId: t.id }
        : { kind: 'open-commitment', key: 'prompt.openCommitment', params: { title: t.title }, refId: t.id },
    );
  }
  for (const i of byAt(
    interactions.filter((i) => i.kind !== 'complaint' && i.state === 'open'),
    'asc',
  )) {
    out.push({
      kind: 'open-commitment',
      key: 'prompt.openItem',
      params: { interactionKind: i.kind, summary: i.summary, day: localDay(i.at, tz) },
      refId: i.id,
    });
  }

  account.nuances.forEach((text, index) => {
    if (text.trim()) out.push({ kind: 'nuance', key: 'prompt.nuance', params: { text, index }, refId: account.id });
  });

  for (const c of attendees(input)) {
    out.push({
      kind: 'attendee',
      key: 'prompt.attendee',
      params: { name: c.name, title: c.title, role: c.role, style: c.style, vip: c.vip },
      refId: c.id,
    });
  }
  // Where the preparation shows the decision map, its opponents and allies are prompts too.
  if (input.relations && (!input.meeting || showsDecisionMap(input.meeting.type)))
    out.push(...decisionMapPrompts(input.contacts, input.relations));

  const recent = byAt(
    interactions.filter((i) => Date.parse(i.at) <= now.getTime()),
    'desc',
  );
  for (const i of recent.slice(0, input.lastInteractions ?? 3)) {
    out.push({
      kind: 'last-interaction',
      key: 'prompt.lastInteraction',
      params: {
        interactionKind: i.kind,
        summary: i.summary,
        at: i.at,
        day: localDay(i.at, tz),
        daysAgo: daysSince(i.at, now, tz),
      },
      refId: i.id,
    });
  }

  // One prompt per line of the plan's goals: goals are usually written as a short list.
  for (const goal of (account.plan?.goals ?? '').split(/\r?\n/).map((g) => g.replace(/^\s*[-•*]\s*/, '').trim())) {
    if (goal) {
      out.push({
        kind: 'plan-goal',
        key: 'prompt.planGoal',
        params: { goal, status: account.plan?.status ?? null, reviewAt: account.plan?.reviewAt ?? null },
        refId: account.id,
      });
    }
  }
  out.push(...planPrompts(account.id, input.meeting, input.planFigures));
  return out;
}

/** "No contact for N days" when the account's own cadence has lapsed; held meetings count. */
function noContactPrompt(input: PromptInput, interactions: readonly Interaction[], tz: string): Prompt | null {
  const { account, now } = input;
  const cadence = account.cadenceDays;
  if (!cadence) return null;
  const nowMs = now.getTime();
  let last = Number.NEGATIVE_INFINITY;
  for (const i of interactions) {
    const t = Date.parse(i.at);
    if (t <= nowMs && t > last) last = t;
  }
  for (const m of input.meetings) {
    const t = Date.parse(m.at);
    if (m.accountId === account.id && t <= nowMs && t > last) last = t;
  }
  if (last === Number.NEGATIVE_INFINITY) {
    return { kind: 'no-contact', key: 'prompt.noContactEver', params: { cadenceDays: cadence }, refId: account.id };
  }
  const days = daysSince(new Date(last).toISOString(), now, tz);
  if (days <= cadence) return null;
  return { kind: 'no-contact', key: 'prompt.noContact', params: { days, cadenceDays: cadence }, refId: account.id };
}

/** The meeting's attendees in its order, else the given contacts in the caller's order. */
function attendees(input: PromptInput): Contact[] {
  if (!input.meeting) return [...input.contacts];
  const byId = new Map(input.contacts.map((c) => [c.id, c]));
  return input.meeting.contactIds.map((id) => byId.get(id)).filter((c): c is Contact => !!c);
}

function byAt<T extends { at: string }>(list: readonly T[], dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => sign * (Date.parse(a.at) - Date.parse(b.at)));
}

function byDay(a: { day: string | null }, b: { day: string | null }): number {
  if (a.day === b.day) return 0;
  if (a.day === null) return 1;
  if (b.day === null) return -1;
  return a.day < b.day ? -1 : 1;
}
