import { type ChecklistLocale, toChecklistLocale } from './default-templates';
import { messagesLocale } from '@/lib/time/ui-locale';

/** The checklist language follows the interface language (en, ru, fi, ka; else English). */
export function uiChecklistLocale(): ChecklistLocale {
  return toChecklistLocale(messagesLocale());
}
