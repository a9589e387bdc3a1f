import { t } from '@/lib/i18n/t';
import type { ComplaintCase, Interaction, Task } from '@/lib/schema';
import type { FieldSpec } from '@/components/ui/FieldsForm';

/** What the cases card reads once and hands to each case: the cases, the history, the follow-ups. */
export interface CasesData {
  cases: ComplaintCase[];
  history: Interaction[];
  tasks: Task[];
}

/** A case's field names, for its form and its read view alike. */
export function caseLabels() {
  return {
    title: t('caseFieldTitle'),
    cause: t('caseFieldCause'),
    measures: t('caseFieldMeasures'),
    department: t('caseFieldDepartment'),
    outcome: t('caseFieldOutcome'),
  };
}

/** The fields a case is written with; the outcome is asked for when it is resolved (CaseItem). */
export function caseFields(): FieldSpec[] {
  const l = caseLabels();
  return [
    { key: 'title', label: l.title, kind: 'text', required: true },
    { key: 'cause', label: l.cause, kind: 'textarea' },
    { key: 'measures', label: l.measures, kind: 'textarea' },
    { key: 'department', label: l.department, kind: 'text' },
  ];
}

/** The outcome field, shown on a resolved case's edit form. */
export function outcomeField(): FieldSpec {
  return { key: 'outcome', label: caseLabels().outcome, kind: 'textarea' };
}
