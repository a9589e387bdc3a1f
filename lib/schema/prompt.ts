/**
 * The kinds and text keys of the preparation prompts (lib/meetings/prompts.ts makes them), kept
 * as lists so the panel's message schema (./panel-view.ts) can check what arrives.
 */
export const PROMPT_KINDS = [
  'open-case',
  'open-complaint',
  'overdue-task',
  'open-commitment',
  'nuance',
  'attendee',
  'last-interaction',
  'plan-goal',
  'no-contact',
  'reliability',
  // Contract facts (lib/meetings/prompts-contracts.ts), for negotiation, signing and account review.
  'contract-date',
  'disagreement',
  'obligation',
  'overdue-invoices',
  'plan-actual',
  'decision-map',
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export const PROMPT_KEYS = [
  'prompt.openCase',
  'prompt.caseInProgress',
  'prompt.openComplaint',
  'prompt.overdueTask',
  'prompt.openCommitment',
  'prompt.openCommitmentDue',
  'prompt.openItem',
  'prompt.nuance',
  'prompt.attendee',
  'prompt.lastInteraction',
  'prompt.planGoal',
  'prompt.noContact',
  'prompt.noContactEver',
  'prompt.reliability',
  'prompt.contractRenewal',
  'prompt.contractNotice',
  'prompt.disagreement',
  'prompt.obligation',
  'prompt.overdueInvoices',
  'prompt.planActual',
  'prompt.opponent',
  'prompt.opponentInfluences',
  'prompt.allyInfluences',
] as const;
export type PromptKey = (typeof PROMPT_KEYS)[number];
