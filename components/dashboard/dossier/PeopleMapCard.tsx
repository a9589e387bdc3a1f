import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { relationsOf } from '@/lib/db/queries/person-relations';
import { peopleOf } from '@/lib/db/queries/people';
import { addRelation, deleteRelation } from '@/lib/db/repos/person-relations';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { t } from '@/lib/i18n/t';
import type { Account, PersonRelation } from '@/lib/schema';
import { errorText } from '@/components/ui/error-text';
import { useUndo } from '@/components/ui/undo';
import { relationSentence } from '@/components/ui/person-labels';
import { guarded } from '@/components/dashboard/guarded';
import { PeopleMap } from './PeopleMap';
import { RelationForm } from './RelationForm';

/** Shows a person's row in the people card, as a box of the map is activated. */
function openPerson(id: string) {
  const row = document.getElementById(`person-${id}`);
  row?.scrollIntoView({ block: 'center' });
  row?.focus();
}

/** The decision map of the dossier: the drawing (or its table), and the editor of its relations. */
export function PeopleMapCard({ account }: { account: Account }) {
  const db = getDb();
  const offerUndo = useUndo();
  const [error, setError] = useState('');
  const data = useLiveQuery(
    () =>
      Promise.all([peopleOf(db, account.id), relationsOf(db, account.id)]).then(([people, relations]) => ({ people, relations })),
    [account.id],
  );
  const remove = async (r: PersonRelation) => {
    setError('');
    const deleted = await guarded(() => deleteRelation(db, r.id));
    const name = (id: string) => data?.people.find((c) => c.id === id)?.name ?? '';
    if (deleted)
      offerUndo({
        message: t('deletedItem', relationSentence(r.kind, name(r.fromId), name(r.toId))),
        undo: () => restoreDeleted(db, { table: 'personRelations', record: deleted }),
      });
  };
  return (
    <section className="card" data-testid="people-map-card" aria-labelledby="people-map-h">
      <header className="card-head">
        <h2 id="people-map-h">{t('sectionPeopleMap')}</h2>
      </header>
      {!data ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <>
          <PeopleMap
            people={data.people}
            relations={data.relations}
            accountName={account.name}
            onOpen={openPerson}
            onDelete={(r) => void remove(r).catch((e: unknown) => setError(errorText(e)))}
          />
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {data.people.length < 2 ? (
            <p className="muted small">{t('peopleMapNoPeople')}</p>
          ) : (
            <RelationForm people={data.people} onAdd={(r) => guarded(() => addRelation(db, { ...r, accountId: account.id }))} />
          )}
        </>
      )}
    </section>
  );
}
