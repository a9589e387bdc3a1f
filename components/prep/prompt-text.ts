/**
 * Words for the dossier prompts (lib/meetings/prompts.ts). Prompts carry a key and raw
 * params; here they become one sentence in the user's language, with dates and kinds localized.
 * User text (summaries, nuances) is passed through as-is and rendered as text, never HTML.
 */
import type { Prompt, PromptKind, PromptParam } from '@/lib/meetings/prompts';
import { formatDay, formatRelativeDays } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t, type MessageKey } from '@/lib/i18n/t';
import { formatMoney } from '@/lib/money/format-money';
import { formatFigure, formatShare, periodLabel } from '@/lib/plan/labels';
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

/** "Plan vs actual: 64 % of the sales plan for Q4 2026 (64 000 € of 100 000 €)". */
function planActualText(p: Prompt['params']): string {
  const currency = str(p.currency);
  const subs = [
    formatShare(Number(p.share)),
    periodLabel(str(p.period)),
    formatFigure(Number(p.actual), currency),
    formatFigure(Number(p.plan), currency),
  ];
  if (p.measure === 'sales') return t('prompt_planActualSales', ...subs);
  if (p.measure === 'margin') return t('prompt_planActualMargin', ...subs);
  return t('prompt_planActualOther', ...subs, str(p.measure));
}

/** One prompt as a sentence. */
export function promptText(prompt: Prompt): string {
  const p = prompt.params;
  switch (prompt.key) {
    case 'prompt.openCase':
      return tPlural('prompt_openCase', Number(p.daysOpen), str(p.title));
    case 'prompt.caseInProgress':
      return tPlural('prompt_caseInProgress', Number(p.daysOpen), str(p.title));
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
    case 'prompt.overdueInvoices':
      return tPlural('prompt_overdueInvoices', Number(p.count), formatMoney(Number(p.amount), str(p.currency)), day(p.oldestDue));
    case 'prompt.planActual':
      return planActualText(p);
    case 'prompt.opponent':
    case 'prompt.opponentInfluences':
    case 'prompt.allyInfluences':
      return decisionMapPromptText(prompt);
    case 'prompt.reliability':
      return p.notes ? t('prompt_reliability', ratingLabel(p.rating), str(p.notes)) : ratingLabel(p.rating);
    case 'prompt.contractRenewal':
      return Number(p.days) < 0
        ? t('prompt_contractRenewalPast', str(p.contract), day(p.day))
        : tPlural('prompt_contractRenewal', Number(p.days), str(p.contract), day(p.day));
    case 'prompt.contractNotice':
      return Number(p.days) < 0
        ? t('prompt_contractNoticePast', str(p.contract), day(p.day))
        : tPlural('prompt_contractNotice', Number(p.days), str(p.contract), day(p.day));
    case 'prompt.disagreement':
      return t(p.scope === 'beyond' ? 'prompt_disagreementBeyond' : 'prompt_disagreementWithin', str(p.contract), str(p.text));
    case 'prompt.obligation':
      return obligationText(p);
  }
}

function obligationText(p: Prompt['params']): string {
  const we = p.side === 'we';
  if (!p.due) return t(we ? 'prompt_obligationWe' : 'prompt_obligationClient', str(p.text), str(p.contract));
  if (p.overdue)
    return t(we ? 'prompt_obligationWeOverdue' : 'prompt_obligationClientOverdue', str(p.text), str(p.contract), day(p.due));
  return t(we ? 'prompt_obligationWeDue' : 'prompt_obligationClientDue', str(p.text), str(p.contract), day(p.due));
}

/** Reading order of the groups: what can hurt first, then what to keep in mind. */
export const promptGroups: { key: MessageKey; kinds: PromptKind[] }[] = [
  {
    key: 'prepGroupWatch',
    kinds: ['open-case', 'open-complaint', 'overdue-task', 'overdue-invoices', 'reliability', 'no-contact'],
  },
  { key: 'prepGroupContracts', kinds: ['contract-date', 'disagreement', 'obligation'] },
  { key: 'prepGroupCommitments', kinds: ['open-commitment'] },
  { key: 'sectionNuances', kinds: ['nuance'] },
  { key: 'prepGroupPeople', kinds: ['attendee'] },
  { key: 'prepGroupDecisionMap', kinds: ['decision-map'] },
  { key: 'prepGroupHistory', kinds: ['last-interaction'] },
  { key: 'prepGroupPlan', kinds: ['plan-actual', 'plan-goal'] },
];
