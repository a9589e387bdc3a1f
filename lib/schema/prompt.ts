/**
 * The kinds and text keys of the preparation prompts (lib/meetings/prompts.ts makes them), kept
 * as lists so the panel's message schema (./panel-view.ts) can check what arrives.
 */
export const PROMPT_KINDS = [
  'open-complaint',
  'overdue-task',
  'open-commitment',
  'nuance',
  'attendee',
  'last-interaction',
  'plan-goal',
  'no-contact',
  'reliability',
  'decision-map',
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export const PROMPT_KEYS = [
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
  'prompt.opponent',
  'prompt.opponentInfluences',
  'prompt.allyInfluences',
] as const;
export type PromptKey = (typeof PROMPT_KEYS)[number];
