import { useState } from 'react';
import { t } from '@/lib/i18n/t';
import { newId, type Account, type Competitor } from '@/lib/schema';
import { FieldsForm, type FieldSpec } from '@/components/ui/FieldsForm';
import { useUndo } from '@/components/ui/undo';
import { saveAccount } from './save-account';

function fields(): FieldSpec[] {
  return [
    { key: 'name', label: t('fieldCompetitorName'), kind: 'text', required: true },
    { key: 'offer', label: t('fieldCompetitorOffer'), kind: 'textarea' },
    { key: 'strengths', label: t('fieldStrengths'), kind: 'text' },
    { key: 'weaknesses', label: t('fieldWeaknesses'), kind: 'text' },
    { key: 'notes', label: t('fieldNotes'), kind: 'textarea' },
  ];
}

/** Competitors present at the client, with their offers and strengths/weaknesses (docs/domain.md §2). */
export function CompetitorsCard({ account }: { account: Account }) {
  const [editing, setEditing] = useState<string | null>(null); // a competitor's id, or 'new' for the add form
  const offerUndo = useUndo();
  const list = account.competitors;
  const save = (next: Competitor[]) => saveAccount(account.id, { competitors: next }, { competitors: list });
  return (
    <section className="card" data-testid="competitors">
      <header className="card-head">
        <h2>{t('sectionCompetitors')}</h2>
        <button className="link small" onClick={() => setEditing('new')}>
          + {t('actionAdd')}
        </button>
      </header>
      {list.length === 0 && editing !== 'new' && <p className="muted">{t('notFilled')}</p>}
      <ul className="plain">
        {list.map((c) =>
          editing === c.id ? (
            <li key={c.id}>
              <FieldsForm
                fields={fields()}
                values={c}
                saveLabel={t('actionSave')}
                cancelLabel={t('actionCancel')}
                onCancel={() => setEditing(null)}
                onSave={(p) => save(list.map((x) => (x.id === c.id ? { ...x, ...p } : x))).then(() => setEditing(null))}
              />
            </li>
          ) : (
            <li key={c.id}>
              <strong>{c.name}</strong> {c.offer && <span>— {c.offer}</span>}
              {(c.strengths || c.weaknesses) && (
                <p className="muted small">
                  + {c.strengths || '—'} / − {c.weaknesses || '—'}
                </p>
              )}
              {c.notes && <p className="prose small">{c.notes}</p>}
              <button className="link small" onClick={() => setEditing(c.id)}>
                {t('actionEdit')}
              </button>
              <button
                className="link small"
                onClick={() =>
                  void save(list.filter((x) => x.id !== c.id)).then(() =>
                    offerUndo({
                      message: t('deletedItem', c.name),
                      undo: () => saveAccount(account.id, { competitors: [...list] }, {}),
                    }),
                  )
                }
              >
                {t('actionDelete')}
              </button>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' && (
        <FieldsForm
          fields={fields()}
          values={{}}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          onCancel={() => setEditing(null)}
          onSave={(p) =>
            save([...list, { id: newId(), name: '', offer: '', strengths: '', weaknesses: '', notes: '', ...p }]).then(() =>
              setEditing(null),
            )
          }
        />
      )}
    </section>
  );
}
