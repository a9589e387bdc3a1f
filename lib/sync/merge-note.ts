import type { Interaction } from '@/lib/schema';
import { t } from '@/lib/i18n/t';
import type { RecordState } from './record-state';
import { valueHash } from './stamp';

/**
 * The history entry that says a field was edited on two devices at once and which edit was kept
 * (issue 15). Its id comes from the record and the merged clocks, so each device that sees the
 * same merge writes the same entry once. Records outside a dossier get none.
 */
export function mergeNote(table: string, state: RecordState, fields: string[], clock: string): Interaction | undefined {
  const accountId = table === 'accounts' ? state.fields.id : state.fields.accountId;
  if (typeof accountId !== 'string' || accountId === '') return undefined;
  const now = new Date().toISOString();
  return {
    id: `sync-merge-${valueHash(`${table}:${String(state.fields.id)}:${clock}`)}`,
    accountId,
    contactIds: table === 'contacts' && typeof state.fields.id === 'string' ? [state.fields.id] : [],
    kind: 'note',
    at: now,
    summary: t('syncMergedNote', table, fields.join(', ')),
    createdAt: now,
  };
}
