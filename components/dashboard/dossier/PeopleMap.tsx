import { useMemo, useState } from 'react';
import { drawableRelations, layoutPeopleMap } from '@/lib/people-map/layout';
import { t } from '@/lib/i18n/t';
import { stances, type Contact, type PersonRelation } from '@/lib/schema';
import { relationSentence, stanceLabel, stanceSymbol } from '@/components/ui/person-labels';
import { PeopleMapGraph } from './PeopleMapGraph';
import { RelationsTable } from './RelationsTable';
import './people-map.css';

export interface PeopleMapProps {
  people: readonly Contact[];
  relations: readonly PersonRelation[];
  accountName: string;
  /** Opens a person (their card in the dossier); makes every box a button. */
  onOpen?: (personId: string) => void;
  /** Offers Delete on each row of the table view. */
  onDelete?: (r: PersonRelation) => void;
}

/**
 * The client's decision map (docs/domain.md §3: relations and balance of power between people),
 * as a drawing or as a table of the same relations. Everyone of the account is on the map, a
 * person without relations too; with no relations yet it says how to start.
 */
export function PeopleMap(props: PeopleMapProps) {
  const [view, setView] = useState<'map' | 'table'>('map');
  const byId = useMemo(() => new Map(props.people.map((c) => [c.id, c])), [props.people]);
  const relations = useMemo(() => drawableRelations(new Set(byId.keys()), props.relations), [byId, props.relations]);
  const layout = useMemo(() => layoutPeopleMap(props.people, relations), [props.people, relations]);
  if (relations.length === 0)
    return (
      <p className="muted" data-testid="people-map-empty">
        {t('peopleMapEmpty')}
      </p>
    );
  const label = t('peopleMapLabel', props.accountName);
  const sentence = (r: PersonRelation) => relationSentence(r.kind, byId.get(r.fromId)?.name ?? '', byId.get(r.toId)?.name ?? '');
  return (
    <div className="people-map" data-testid="people-map">
      <div className="people-map-views" role="group" aria-label={label}>
        {(['map', 'table'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={view === v ? 'small' : 'secondary small'}
            aria-pressed={view === v}
            onClick={() => setView(v)}
            data-testid={`people-map-view-${v}`}
          >
            {v === 'map' ? t('peopleMapViewMap') : t('peopleMapViewTable')}
          </button>
        ))}
      </div>
      {view === 'map' ? (
        <>
          <PeopleMapGraph
            layout={layout}
            people={byId}
            label={label}
            description={`${relations.map(sentence).join('. ')}.`}
            onOpen={props.onOpen}
          />
          <Legend />
        </>
      ) : (
        <RelationsTable
          relations={relations}
          people={byId}
          caption={label}
          onDelete={props.onDelete}
          deleteLabel={(r) => `${t('actionDelete')}: ${sentence(r)}`}
        />
      )}
    </div>
  );
}

function Legend() {
  return (
    <ul className="map-legend small" data-testid="people-map-legend">
      <li>
        <svg width="34" height="10" aria-hidden="true">
          <line x1="1" y1="5" x2="33" y2="5" className="map-edge map-edge-reports-to" />
        </svg>
        {t('legendReportsTo')}
      </li>
      <li>
        <svg width="34" height="10" aria-hidden="true">
          <line x1="1" y1="5" x2="33" y2="5" className="map-edge map-edge-influences" />
        </svg>
        {t('legendInfluences')}
      </li>
      {stances.map((s) => (
        <li key={s} className={`stance stance-${s}`}>
          {stanceSymbol[s]} {stanceLabel(s)}
        </li>
      ))}
    </ul>
  );
}
