import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { peopleOf } from '@/lib/db/queries/people';
import { createContact, deleteContact, updateContact } from '@/lib/db/repos/contacts';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { t, type MessageKey } from '@/lib/i18n/t';
import { roles, type Contact } from '@/lib/schema';
import { FieldsForm, type FieldSpec } from '@/components/ui/FieldsForm';
import { fieldText } from '@/components/ui/field-text';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';

function fields(): FieldSpec[] {
  return [
    { key: 'name', label: t('fieldPersonFullName'), kind: 'text', required: true },
    { key: 'title', label: t('fieldTitle'), kind: 'text' },
    {
      key: 'role',
      label: t('fieldRole'),
      kind: 'select',
      options: roles.map((r) => ({ value: r, label: t(`role_${r.replace('-', '_')}` as MessageKey) })),
    },
    { key: 'emails', label: t('fieldEmails'), kind: 'lines' },
    { key: 'phones', label: t('fieldPhones'), kind: 'lines' },
    { key: 'style', label: t('fieldStyle'), kind: 'textarea' },
    { key: 'personalNotes', label: t('fieldPersonalNotes'), kind: 'textarea' },
    { key: 'vip', label: t('fieldVip'), kind: 'checkbox' },
  ];
}

/** The client's people: role in the decision, how to talk to them, personal notes kept apart. */
export function PeopleCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const people = useLiveQuery(() => peopleOf(db, accountId), [accountId]);
  const [editing, setEditing] = useState<string | null>(null); // a person's id, or 'new' for the add form
  const form = (c: Partial<Contact>, save: (p: Record<string, unknown>, b: Record<string, unknown>) => Promise<unknown>) => (
    <FieldsForm
      fields={fields()}
      values={c}
      saveLabel={t('actionSave')}
      cancelLabel={t('actionCancel')}
      onCancel={() => setEditing(null)}
      testId="person-form"
      onSave={(p, b) => guarded(() => save(p, b)).then(() => setEditing(null))}
    />
  );
  const remove = async (c: Contact) => {
    await guarded(() => deleteContact(db, c.id));
    offerUndo({ message: t('deletedItem', c.name), undo: () => restoreDeleted(db, { table: 'contacts', record: c }) });
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
          <li key={c.id} className="person-row" data-testid="person">
            {editing === c.id ? (
              form(c, (p, b) => updateContact(db, c.id, p, b))
            ) : (
              <>
                <strong>{c.name}</strong>
                {c.vip ? ' ★' : ''}{' '}
                <span className="muted">
                  {[c.title, t(`role_${c.role.replace('-', '_')}` as MessageKey)].filter(Boolean).join(' · ')}
                </span>
                <div className="small">{[...c.emails, ...c.phones].join(' · ')}</div>
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
      {editing === 'new' &&
        form({ role: 'other' }, (p) => createContact(db, { ...(p as Partial<Contact>), name: fieldText(p.name), accountId }))}
    </section>
  );
}
