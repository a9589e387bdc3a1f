/**
 * Words for the dossier prompts (lib/meetings/prompts.ts). Prompts carry a key and raw
 * params; here they become one sentence in the user's language, with dates and kinds localized.
 * User text (summaries, nuances) is passed through as-is and rendered as text, never HTML.
 */
import type { Prompt, PromptKind, PromptParam } from '@/lib/meetings/prompts';
import { formatDay, formatRelativeDays } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t, type MessageKey } from '@/lib/i18n/t';
import { decisionMapPromptText } from './prompt-text-people';

/** A param as the prompt's params record hands it out (absent keys read as undefined). */
type Param = PromptParam | undefined;

const str = (v: Param) => (v === null || v === undefined ? '' : String(v));
const day = (v: Param) => (v ? formatDay(String(v)) : '');
const kindLabel = (v: Param) => t(`kind_${str(v)}` as MessageKey);
const roleLabel = (v: Param) => (v ? t(`role_${str(v).replace('-', '_')}` as MessageKey) : '');
const ratingLabel = (v: Param) => t(`rating_${str(v)}` as MessageKey);

function attendeeDetails(p: Prompt['params']): string {
  const style = str(p.style).trim();
  return [str(p.title), roleLabel(p.role), p.vip ? 'VIP' : '', style ? `${t('fieldStyle')}: ${style}` : '']
    .filter(Boolean)
    .join(' · ');
}

/** One prompt as a sentence. */
export function promptText(prompt: Prompt): string {
  const p = prompt.params;
  switch (prompt.key) {
    case 'prompt.openComplaint':
      return t('prompt_openComplaint', day(p.day), str(p.summary));
    case 'prompt.overdueTask':
      return t('prompt_overdueTask', day(p.due), str(p.title));
    case 'prompt.openCommitment':
      return t('prompt_openCommitment', str(p.title));
    case 'prompt.openCommitmentDue':
      return t('prompt_openCommitmentDue', day(p.due), str(p.title));
    case 'prompt.openItem':
      return t('prompt_openItem', kindLabel(p.interactionKind), day(p.day), str(p.summary));
    case 'prompt.nuance':
      return t('prompt_nuance', str(p.text));
    case 'prompt.attendee': {
      const details = attendeeDetails(p);
      return details ? t('prompt_attendee', str(p.name), details) : str(p.name);
    }
    case 'prompt.lastInteraction':
      return t(
        'prompt_lastInteraction',
        formatRelativeDays(-Number(p.daysAgo ?? 0)),
        kindLabel(p.interactionKind),
        str(p.summary),
      );
    case 'prompt.planGoal':
      return t('prompt_planGoal', str(p.goal));
    case 'prompt.noContact':
      return tPlural('prompt_noContact', Number(p.days), tPlural('cadenceEvery', Number(p.cadenceDays)));
    case 'prompt.noContactEver':
      return t('prompt_noContactEver', tPlural('cadenceEvery', Number(p.cadenceDays)));
    case 'prompt.opponent':
    case 'prompt.opponentInfluences':
    case 'prompt.allyInfluences':
      return decisionMapPromptText(prompt);
    case 'prompt.reliability':
      return p.notes ? t('prompt_reliability', ratingLabel(p.rating), str(p.notes)) : ratingLabel(p.rating);
  }
}

/** Reading order of the groups: what can hurt first, then what to keep in mind. */
export const promptGroups: { key: MessageKey; kinds: PromptKind[] }[] = [
  { key: 'prepGroupWatch', kinds: ['open-complaint', 'overdue-task', 'reliability', 'no-contact'] },
  { key: 'prepGroupCommitments', kinds: ['open-commitment'] },
  { key: 'sectionNuances', kinds: ['nuance'] },
  { key: 'prepGroupPeople', kinds: ['attendee'] },
  { key: 'prepGroupDecisionMap', kinds: ['decision-map'] },
  { key: 'prepGroupHistory', kinds: ['last-interaction'] },
  { key: 'prepGroupPlan', kinds: ['plan-goal'] },
];
