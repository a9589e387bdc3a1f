import { type ReactNode, useState } from 'react';
import type { MeetingChecklistItem } from '@/lib/checklists/checklist';
import type { Prompt } from '@/lib/meetings/prompts';
import { t } from '@/lib/i18n/t';
import { showsDecisionMap } from '@/lib/people-map/meeting-types';
import type { Account, Contact, Meeting, PersonRelation } from '@/lib/schema';
import { PeopleMap } from '@/components/dashboard/dossier/PeopleMap';
import { PromptList } from './PromptList';
import './prep.css';

export interface PreparationViewProps {
  meeting: Meeting;
  items: MeetingChecklistItem[];
  prompts: Prompt[];
  attendees: Contact[];
  account: Account | null;
  /** May return the write's promise (any other value is ignored): a rejected write takes the optimistic tick back. */
  onTick: (itemId: string, checked: boolean) => unknown;
  /** Disables ticking, e.g. while the panel waits for the background. */
  readOnly?: boolean;
  /** The dashboard's plan-against-actual chart for an account review; the panel has none (no chart library there). */
  planChart?: ReactNode;
  /** The account's people and relations: drawn as the decision map for a negotiation or signing. */
  decisionMap?: { people: readonly Contact[]; relations: readonly PersonRelation[]; onOpen?: (personId: string) => void };
}

/**
 * Before a call or meeting: the checklist of its type, then live facts from the dossier.
 * Plain props and one callback, no database: the dashboard and the panel both show it.
 */
export function PreparationView(props: PreparationViewProps) {
  const { prompts } = props;
  const [pending, setPending] = useState<Record<string, boolean>>({});
  // A tick shows at once; the stored state catches up through the live query, then takes over.
  // Pruned while rendering new items (not in an effect), so no frame shows the stale ticks.
  const [prunedFor, setPrunedFor] = useState(props.items);
  if (prunedFor !== props.items) {
    setPrunedFor(props.items);
    setPending((p) => {
      const left = Object.entries(p).filter(([id, v]) => props.items.find((i) => i.id === id)?.checked !== v);
      return left.length === Object.keys(p).length ? p : Object.fromEntries(left);
    });
  }
  const items = props.items.map((i) => {
    const checked = pending[i.id];
    return checked === undefined ? i : { ...i, checked };
  });
  const onTick = (id: string, checked: boolean) => {
    setPending((p) => ({ ...p, [id]: checked }));
    void Promise.resolve(props.onTick(id, checked)).catch(() =>
      setPending((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== id))),
    );
  };
  const done = items.filter((i) => i.checked).length;
  const type = items.filter((i) => i.group === 'type');
  const conduct = items.filter((i) => i.group === 'conduct');
  return (
    <div className="prep" data-testid="preparation-view">
      <section className="prep-checklist" aria-labelledby="prep-checklist-h">
        <h2 id="prep-checklist-h">{t('prepChecklist')}</h2>
        <p className="muted small" data-testid="prep-progress" role="status">
          {t('checklistProgress', done, items.length)}
        </p>
        <progress max={items.length || 1} value={done} aria-hidden="true" />
        {items.length === 0 && <p className="muted">{t('prepNoChecklist')}</p>}
        <ItemList items={type} readOnly={props.readOnly} onTick={onTick} />
        {conduct.length > 0 && type.length > 0 && <h3 className="prep-sub">{t('prepConduct')}</h3>}
        <ItemList items={conduct} readOnly={props.readOnly} onTick={onTick} />
      </section>
      <section className="prep-prompts" aria-labelledby="prep-prompts-h">
        <h2 id="prep-prompts-h">{props.account ? t('prepFromDossier', props.account.name) : t('prepFromDossierNone')}</h2>
        {prompts.length === 0 ? <p className="muted">{t('prepNoPrompts')}</p> : <PromptList prompts={prompts} />}
        {props.planChart}
      </section>
      {props.decisionMap && showsDecisionMap(props.meeting.type) && (
        <section className="prep-map" aria-labelledby="prep-map-h" data-testid="prep-people-map">
          <h2 id="prep-map-h">{t('prepPeopleMap')}</h2>
          <PeopleMap
            people={props.decisionMap.people}
            relations={props.decisionMap.relations}
            accountName={props.account?.name ?? ''}
            onOpen={props.decisionMap.onOpen}
          />
        </section>
      )}
    </div>
  );
}

function ItemList(props: {
  items: MeetingChecklistItem[];
  readOnly?: boolean;
  onTick: (itemId: string, checked: boolean) => void;
}) {
  if (!props.items.length) return null;
  return (
    <ul className="checklist prep-items">
      {props.items.map((item) => (
        <li key={item.id} data-testid="checklist-item" className={item.checked ? 'done' : ''}>
          <label>
            <input
              type="checkbox"
              checked={item.checked}
              disabled={props.readOnly}
              onChange={(e) => props.onTick(item.id, e.target.checked)}
              data-testid="checklist-tick"
            />{' '}
            {item.text}
          </label>
        </li>
      ))}
    </ul>
  );
}
