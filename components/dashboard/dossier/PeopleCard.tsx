import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { peopleOf } from '@/lib/db/queries/people';
import { createContact, deleteContact, updateContact } from '@/lib/db/repos/contacts';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { moods, relationshipStages, roles, stances, type Contact } from '@/lib/schema';
import { FieldsForm, type FieldSpec } from '@/components/ui/FieldsForm';
import { fieldText } from '@/components/ui/field-text';
import { moodLabel, roleLabel, stageLabel, stanceLabel, stanceSymbol } from '@/components/ui/person-labels';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { personFormValues, personPatch } from './person-form-values';

function fields(): FieldSpec[] {
  return [
    { key: 'name', label: t('fieldPersonFullName'), kind: 'text', required: true },
    { key: 'title', label: t('fieldTitle'), kind: 'text' },
    {
      key: 'role',
      label: t('fieldRole'),
      kind: 'select',
      options: roles.map((r) => ({ value: r, label: roleLabel(r) })),
    },
    {
      key: 'relationshipStage',
      label: t('fieldRelationshipStage'),
      kind: 'select',
      options: relationshipStages.map((s) => ({ value: s, label: stageLabel(s) })),
    },
    {
      key: 'stance',
      label: t('fieldStance'),
      kind: 'select',
      options: stances.map((s) => ({ value: s, label: `${stanceSymbol[s]} ${stanceLabel(s)}` })),
    },
    { key: 'emails', label: t('fieldEmails'), kind: 'lines' },
    { key: 'phones', label: t('fieldPhones'), kind: 'lines' },
    { key: 'style', label: t('fieldStyle'), kind: 'textarea' },
    { key: 'personalNotes', label: t('fieldPersonalNotes'), kind: 'textarea' },
    { key: 'interests', label: t('fieldInterests'), kind: 'lines', hint: t('hintInterests') },
    {
      key: 'moodValue',
      label: t('fieldMood'),
      kind: 'select',
      options: (['none', ...moods] as const).map((m) => ({ value: m === 'none' ? '' : m, label: moodLabel(m) })),
    },
    { key: 'moodNote', label: t('fieldMoodNote'), kind: 'text' },
    { key: 'moodOn', label: t('fieldMoodDay'), kind: 'date' },
    { key: 'vip', label: t('fieldVip'), kind: 'checkbox' },
  ];
}

/** The client's people: role in the decision, how to talk to them, personal notes kept apart. */
export function PeopleCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const people = useLiveQuery(() => peopleOf(db, accountId), [accountId]);
  const [editing, setEditing] = useState<string | null>(null); // a person's id, or 'new' for the add form
  const form = (c: Partial<Contact>, save: (p: Partial<Contact>, b: Partial<Contact>) => Promise<unknown>) => (
    <FieldsForm
      fields={fields()}
      values={personFormValues(c)}
      saveLabel={t('actionSave')}
      cancelLabel={t('actionCancel')}
      onCancel={() => setEditing(null)}
      testId="person-form"
      onSave={(p, b) => {
        const { patch, base } = personPatch(c, p, b);
        return guarded(() => save(patch, base)).then(() => setEditing(null));
      }}
    />
  );
  // The person's relations on the decision map go with them, and come back with Undo.
  const remove = async (c: Contact) => {
    const deleted = await guarded(() => deleteContact(db, c.id));
    if (deleted) offerUndo({ message: t('deletedItem', c.name), undo: () => restoreDeleted(db, deleted) });
  };
  return (
    <section className="card" data-testid="people">
      <header className="card-head">
        <h2>{t('sectionPeople')}</h2>
        <button className="link small" onClick={() => setEditing('new')} data-testid="add-person">
          + {t('actionAdd')}
        </button>
      </header>
      {people?.length === 0 && editing !== 'new' && <p className="muted">{t('peopleEmpty')}</p>}
      <ul className="plain">
        {people?.map((c) => (
          <li key={c.id} id={`person-${c.id}`} tabIndex={-1} className="person-row" data-testid="person">
            {editing === c.id ? (
              form(c, (p, b) => updateContact(db, c.id, p, b))
            ) : (
              <>
                <strong>{c.name}</strong>
                {c.vip ? ' ★' : ''} <span className="muted">{[c.title, roleLabel(c.role)].filter(Boolean).join(' · ')}</span>
                <div className="small" data-testid="person-standing">
                  {stageLabel(c.relationshipStage)} ·{' '}
                  <span className={`stance stance-${c.stance}`}>
                    {stanceSymbol[c.stance]} {stanceLabel(c.stance)}
                  </span>
                </div>
                <div className="small">{[...c.emails, ...c.phones].join(' · ')}</div>
                {c.interests.length > 0 && (
                  <div className="small">
                    <em>{t('fieldInterests')}:</em> {c.interests.join(', ')}
                  </div>
                )}
                {c.mood && (
                  <div className="small" data-testid="person-mood">
                    <em>{t('fieldMood')}:</em>{' '}
                    {[moodLabel(c.mood.value), c.mood.on ? formatDay(c.mood.on) : '', c.mood.note].filter(Boolean).join(' · ')}
                  </div>
                )}
                {c.style && (
                  <div className="small">
                    <em>{t('fieldStyle')}:</em> {c.style}
                  </div>
                )}
                {c.personalNotes && (
                  <div className="small private">
                    <em>{t('fieldPersonalNotes')}:</em> {c.personalNotes}
                  </div>
                )}
                <button className="link small" onClick={() => setEditing(c.id)}>
                  {t('actionEdit')}
                </button>
                <button className="link small" onClick={() => void remove(c)} data-testid="delete-person">
                  {t('actionDelete')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' && form({ role: 'other' }, (p) => createContact(db, { ...p, name: fieldText(p.name), accountId }))}
    </section>
  );
}
