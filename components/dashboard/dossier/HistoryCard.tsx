import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { timeline } from '@/lib/db/queries/timeline';
import { addInteraction, deleteInteraction, resolveInteraction } from '@/lib/db/repos/interactions';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { formatDateTime } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import { interactionKinds, type Interaction } from '@/lib/schema';
import { FieldsForm } from '@/components/ui/FieldsForm';
import { fieldText } from '@/components/ui/field-text';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { SafeLink } from '@/components/ui/SafeLink';
import { toLocalInput } from '@/lib/time/input-values';

const PAGE = 50;

/** The history timeline, newest first; every entry shows its source and quoted text as plain text. */
export function HistoryCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const [limit, setLimit] = useState(PAGE);
  const items = useLiveQuery(() => timeline(db, accountId, { limit: limit + 1 }), [accountId, limit]);
  const [adding, setAdding] = useState(false);
  const remove = async (i: Interaction) => {
    await guarded(() => deleteInteraction(db, i.id));
    offerUndo({
      message: t('deletedItem', i.summary.slice(0, 40)),
      undo: () => restoreDeleted(db, { table: 'interactions', record: i }),
    });
  };
  return (
    <section className="card" data-testid="history">
      <header className="card-head">
        <h2>{t('sectionHistory')}</h2>
        <button className="link small" onClick={() => setAdding(true)} data-testid="add-note">
          + {t('actionAddEntry')}
        </button>
      </header>
      {adding && (
        <FieldsForm
          fields={[
            {
              key: 'kind',
              label: t('fieldKind'),
              kind: 'select',
              options: interactionKinds.map((k) => ({ value: k, label: t(`kind_${k}` as MessageKey) })),
            },
            { key: 'summary', label: t('fieldEntrySummary'), kind: 'textarea', required: true },
            { key: 'at', label: t('fieldWhen'), kind: 'text' },
          ]}
          values={{ kind: 'note', at: toLocalInput(new Date()) }}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          onCancel={() => setAdding(false)}
          onSave={(p) =>
            guarded(() =>
              addInteraction(db, {
                accountId,
                kind: fieldText(p.kind) || 'note',
                summary: fieldText(p.summary),
                at: new Date(fieldText(p.at) || toLocalInput(new Date())).toISOString(),
                state: p.kind === 'complaint' ? 'open' : undefined,
              }),
            ).then(() => setAdding(false))
          }
        />
      )}
      {items?.length === 0 && <p className="muted">{t('historyEmpty')}</p>}
      <ol className="timeline">
        {items?.slice(0, limit).map((i) => (
          <li key={i.id} data-testid="history-entry" data-entry-id={i.id}>
            <span className="when">{formatDateTime(i.at)}</span> <span className="kind">{t(`kind_${i.kind}` as MessageKey)}</span>
            {i.state === 'open' && <span className="badge warn">{t('stateOpen')}</span>} {i.summary}
            {i.quote && (
              <blockquote className="quote" dir="auto">
                {i.quote}
              </blockquote>
            )}
            {/* A missing or empty title (pages without one) shows the address instead. */}
            {i.source?.url && <SafeLink href={i.source.url} text={(i.source.title ?? '') || i.source.url} />}
            {/* An entry of a complaint case closes with its case (lib/db/repos/complaint-cases.ts). */}
            {i.state === 'open' && !i.caseId && (
              <button className="link small" onClick={() => void guarded(() => resolveInteraction(db, i.id))}>
                {t('actionResolve')}
              </button>
            )}
            <button className="link small" onClick={() => void remove(i)} aria-label={`${t('actionDelete')}: ${i.summary}`}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      {items && items.length > limit && (
        <button className="secondary" onClick={() => setLimit(limit + PAGE)}>
          {t('actionShowMore')}
        </button>
      )}
    </section>
  );
}
