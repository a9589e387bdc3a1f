import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { eventsOf } from '@/lib/db/queries/account-events';
import { otherSide, referralsWithNames } from '@/lib/db/queries/referrals';
import { timeline } from '@/lib/db/queries/timeline';
import { addInteraction, deleteInteraction, resolveInteraction } from '@/lib/db/repos/interactions';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { formatDateTime, formatDay } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import { EventDetails, interactionKinds, type Interaction, type Referral } from '@/lib/schema';
import { FieldsForm, type FieldSpec } from '@/components/ui/FieldsForm';
import { fieldText } from '@/components/ui/field-text';
import {
  attendanceLabel,
  attendances,
  eventFieldLabels,
  eventText,
  eventTypeLabel,
  eventTypes,
} from '@/components/ui/event-text';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { SafeLink } from '@/components/ui/SafeLink';
import { toLocalInput } from '@/lib/time/input-values';
import { mergeHistory } from './history-merge';

const PAGE = 50;

function entryFields(): FieldSpec[] {
  const isEvent = (v: Record<string, string | boolean>) => v.kind === 'event';
  const labels = eventFieldLabels();
  return [
    {
      key: 'kind',
      label: t('fieldKind'),
      kind: 'select',
      options: interactionKinds.map((k) => ({ value: k, label: t(`kind_${k}` as MessageKey) })),
    },
    {
      key: 'eventType',
      label: labels.type,
      kind: 'select',
      options: eventTypes.map((x) => ({ value: x, label: eventTypeLabel(x) })),
      when: isEvent,
    },
    { key: 'eventName', label: labels.name, kind: 'text', when: isEvent },
    {
      key: 'attendance',
      label: labels.attendance,
      kind: 'select',
      options: attendances.map((x) => ({ value: x, label: attendanceLabel(x) })),
      when: isEvent,
    },
    { key: 'summary', label: t('fieldEntrySummary'), kind: 'textarea', required: true },
    { key: 'at', label: t('fieldWhen'), kind: 'text' },
  ];
}

const entryDefaults = () => ({ kind: 'note', eventType: 'exhibition', attendance: 'invited', at: toLocalInput(new Date()) });

/**
 * The history timeline, newest first, with the account's referrals merged in by date
 * (history-merge.ts); every entry shows its source and quoted text as plain text. "Events only"
 * narrows it to the exhibitions, fairs and corporate events the client was invited to or attended.
 */
export function HistoryCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const [limit, setLimit] = useState(PAGE);
  const [eventsOnly, setEventsOnly] = useState(false);
  const items = useLiveQuery(
    () => (eventsOnly ? eventsOf(db, accountId) : timeline(db, accountId, { limit: limit + 1 })),
    [accountId, limit, eventsOnly],
  );
  const refs = useLiveQuery(() => referralsWithNames(db, accountId), [accountId]);
  const [adding, setAdding] = useState(false);
  const more = !eventsOnly && !!items && items.length > limit;
  const page = eventsOnly ? items : items?.slice(0, limit);
  const rows =
    page && refs
      ? eventsOnly
        ? mergeHistory(page, { referredBy: [], referredToUs: [] }, { complete: true })
        : mergeHistory(page, refs, { complete: !more })
      : undefined;
  const remove = async (i: Interaction) => {
    await guarded(() => deleteInteraction(db, i.id));
    offerUndo({
      message: t('deletedItem', i.summary.slice(0, 40)),
      undo: () => restoreDeleted(db, { table: 'interactions', record: i }),
    });
  };
  const save = (p: Record<string, unknown>) => {
    const kind = fieldText(p.kind) || 'note';
    const event =
      kind === 'event'
        ? EventDetails.parse({
            type: fieldText(p.eventType) || 'exhibition',
            name: fieldText(p.eventName).trim(),
            attendance: fieldText(p.attendance) || 'invited',
          })
        : undefined;
    return guarded(() =>
      addInteraction(db, {
        accountId,
        kind,
        summary: fieldText(p.summary),
        at: new Date(fieldText(p.at) || toLocalInput(new Date())).toISOString(),
        state: kind === 'complaint' ? 'open' : undefined,
        ...(event ? { event } : {}),
      }),
    ).then(() => setAdding(false));
  };
  const referralText = (r: Referral, direction: 'by' | 'to') => {
    const side = otherSide(r, direction, refs?.names ?? {});
    const name = side.name || t('accountGone');
    const text = direction === 'by' ? t('historyReferredBy', name) : t('historyReferredToUs', name);
    return side.exists && side.accountId ? <a href={`#/account/${encodeURIComponent(side.accountId)}`}>{text}</a> : text;
  };
  return (
    <section className="card" data-testid="history">
      <header className="card-head">
        <h2>{t('sectionHistory')}</h2>
        <label className="choice small">
          <input
            type="checkbox"
            checked={eventsOnly}
            onChange={(e) => setEventsOnly(e.target.checked)}
            data-testid="history-events-only"
          />
          {t('historyEventsOnly')}
        </label>
        <button className="link small" onClick={() => setAdding(true)} data-testid="add-note">
          + {t('actionAddEntry')}
        </button>
      </header>
      {adding && (
        <FieldsForm
          fields={entryFields()}
          values={entryDefaults()}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          onCancel={() => setAdding(false)}
          onSave={save}
          testId="history-entry-form"
        />
      )}
      {rows === undefined && <p className="muted">{t('loading')}</p>}
      {rows?.length === 0 && <p className="muted">{eventsOnly ? t('historyNoEvents') : t('historyEmpty')}</p>}
      <ol className="timeline">
        {rows?.map((row) => {
          if (row.type === 'referral')
            return (
              <li key={row.key} data-testid="history-referral">
                <span className="when">{formatDay(row.referral.on)}</span> <span className="kind">{t('kind_referral')}</span>{' '}
                {referralText(row.referral, row.direction)}
                {row.referral.note && <span className="muted"> · {row.referral.note}</span>}
              </li>
            );
          const i = row.interaction;
          return (
            <li key={i.id} data-testid="history-entry" data-entry-id={i.id}>
              <span className="when">{formatDateTime(i.at)}</span>{' '}
              <span className="kind">{t(`kind_${i.kind}` as MessageKey)}</span>
              {i.state === 'open' && <span className="badge warn">{t('stateOpen')}</span>}{' '}
              {i.kind === 'event' && i.event && (
                <strong className="event" data-testid="history-event">
                  {eventText(i.event)}
                </strong>
              )}{' '}
              {i.summary}
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
          );
        })}
      </ol>
      {more && (
        <button className="secondary" onClick={() => setLimit(limit + PAGE)}>
          {t('actionShowMore')}
        </button>
      )}
    </section>
  );
}
