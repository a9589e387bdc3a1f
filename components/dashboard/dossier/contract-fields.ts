import { t, type MessageKey } from '@/lib/i18n/t';
import { contractStatuses, type Contract } from '@/lib/schema';
import type { FieldSpec } from '@/components/ui/FieldsForm';

export const contractStatusLabel = (s: Contract['status']) => t(`contractStatus_${s}` as MessageKey);

/** The contract form; the lead time is the user's own (docs: Contract.leadDays, default 30). */
export function contractFields(): FieldSpec[] {
  return [
    { key: 'number', label: t('fieldContractNumber'), kind: 'text' },
    { key: 'title', label: t('fieldContractTitle'), kind: 'text', required: true },
    {
      key: 'status',
      label: t('fieldContractStatus'),
      kind: 'select',
      options: contractStatuses.map((s) => ({ value: s, label: contractStatusLabel(s) })),
    },
    { key: 'startOn', label: t('fieldContractStart'), kind: 'date' },
    { key: 'endOn', label: t('fieldContractEnd'), kind: 'date' },
    { key: 'renewalOn', label: t('fieldContractRenewal'), kind: 'date' },
    { key: 'noticeDays', label: t('fieldContractNotice'), kind: 'number' },
    { key: 'leadDays', label: t('fieldContractLead'), kind: 'number' },
    { key: 'notes', label: t('fieldContractNotes'), kind: 'textarea' },
  ];
}

/**
 * The form's values as the schema wants them: an emptied lead time falls back to the default
 * rather than failing, a negative or fractional day count is refused with a clear message.
 */
export function contractPatch(patch: Record<string, unknown>): Partial<Contract> {
  const out: Record<string, unknown> = { ...patch };
  if ('leadDays' in out && out.leadDays === null) out.leadDays = 30;
  for (const key of ['leadDays', 'noticeDays'] as const) {
    const v = out[key];
    if (typeof v === 'number' && (!Number.isInteger(v) || v < 0)) throw new Error(t('errorContractDays'));
  }
  return out;
}
