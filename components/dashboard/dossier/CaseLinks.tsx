import { useState, type SubmitEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { addCaseFollowUp, linkInteraction, unlinkInteraction } from '@/lib/db/repos/complaint-cases';
import { formatDay } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { ComplaintCase, Interaction } from '@/lib/schema';
import { guarded } from '@/components/dashboard/guarded';
import type { CasesData } from './case-fields';

const entryText = (i: Interaction) => `${formatDay(i.at)} · ${t(`kind_${i.kind}` as MessageKey)} · ${i.summary.slice(0, 80)}`;

/** A case's emails and history entries (linked from the account's history) and its follow-ups. */
export function CaseLinks({ rec, data, onError }: { rec: ComplaintCase; data: CasesData; onError: (message: string) => void }) {
  const db = getDb();
  const [pick, setPick] = useState('');
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const linked = data.history.filter((i) => i.caseId === rec.id);
  const linkable = data.history.filter((i) => i.caseId !== rec.id);
  const followUps = data.tasks.filter((x) => x.caseId === rec.id);
  const run = (write: () => Promise<unknown>, after: () => void) =>
    guarded(write).then(after, (e: unknown) => onError((e as Error).message));
  const link = () =>
    pick &&
    void run(
      () => linkInteraction(db, rec.id, pick),
      () => setPick(''),
    );
  const addFollowUp = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!title.trim()) return;
    void run(
      () => addCaseFollowUp(db, rec.id, { title: title.trim(), due: due || null }),
      () => {
        setTitle('');
        setDue('');
      },
    );
  };
  return (
    <div className="case-links">
      <h3 className="small">{t('caseLinkedEntries')}</h3>
      {linked.length === 0 && <p className="muted small">{t('caseNoLinkedEntries')}</p>}
      <ul className="plain">
        {linked.map((i) => (
          <li key={i.id} data-testid="case-linked-entry" data-entry-id={i.id}>
            {entryText(i)}{' '}
            <button
              className="link small"
              onClick={() =>
                void run(
                  () => unlinkInteraction(db, rec.id, i.id),
                  () => undefined,
                )
              }
              aria-label={`${t('caseUnlink')}: ${i.summary}`}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      {linkable.length > 0 && (
        <div className="row wrap">
          <select
            className="grow"
            value={pick}
            onChange={(e) => setPick(e.target.value)}
            data-testid="case-link-select"
            aria-label={t('caseLinkPick')}
          >
            <option value="">{t('caseLinkPick')}</option>
            {linkable.map((i) => (
              <option key={i.id} value={i.id}>
                {entryText(i)}
              </option>
            ))}
          </select>
          <button className="secondary small" disabled={!pick} onClick={link} data-testid="case-link-add">
            {t('caseLink')}
          </button>
        </div>
      )}
      <h3 className="small">{t('caseFollowUps')}</h3>
      <ul className="tasks">
        {followUps.map((x) => (
          <li key={x.id} data-testid="case-follow-up">
            {x.status === 'done' ? <s>{x.title}</s> : x.title}
            {x.due && <span className="due">{formatDay(x.due)}</span>}
          </li>
        ))}
      </ul>
      <form className="row wrap" onSubmit={addFollowUp}>
        <input
          className="grow"
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('caseFollowUpTitle')}
          aria-label={t('caseFollowUpTitle')}
          data-testid="case-follow-up-title"
        />
        <input
          type="date"
          value={due}
          onChange={(e) => setDue(e.target.value)}
          aria-label={t('fieldDue')}
          data-testid="case-follow-up-due"
        />
        <button type="submit" className="secondary small" disabled={!title.trim()} data-testid="case-follow-up-add">
          {t('caseFollowUpAdd')}
        </button>
      </form>
    </div>
  );
}
