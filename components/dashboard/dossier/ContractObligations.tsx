import { useState, type SubmitEvent } from 'react';
import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { newId, type Contract, type Obligation } from '@/lib/schema';
import { localDay } from '@/lib/time/local-time';
import { useContractList } from './use-contract-list';

/** Open ones first, soonest due first, undated after dated. */
function ordered(list: readonly Obligation[]): Obligation[] {
  const key = (o: Obligation) => `${o.done ? 1 : 0}${o.due ?? '\uffff'}`;
  return [...list].sort((a, b) => key(a).localeCompare(key(b)));
}

/**
 * What each side promised in the contract. Our dated obligations become follow-ups by themselves
 * (lib/contracts/derived-tasks.ts); ticking one here closes its follow-up.
 */
export function ContractObligations({ contract: c }: { contract: Contract }) {
  const { save, remove, error } = useContractList(c, 'obligations');
  const [side, setSide] = useState<Obligation['side']>('we');
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const today = localDay(new Date());
  const add = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!text.trim()) return;
    void save([...c.obligations, { id: newId(), side, text: text.trim(), due: due || null, done: false }]).then(() => {
      setText('');
      setDue('');
    });
  };
  return (
    <div className="contract-part" data-testid="contract-obligations">
      <h3 className="small">{t('sectionObligations')}</h3>
      {c.obligations.length === 0 && <p className="muted small">{t('obligationsEmpty')}</p>}
      <ul className="plain">
        {ordered(c.obligations).map((o) => {
          const overdue = !o.done && !!o.due && o.due.slice(0, 10) < today;
          return (
            <li key={o.id} data-testid="obligation" className={overdue ? 'overdue' : ''}>
              <label>
                <input
                  type="checkbox"
                  checked={o.done}
                  aria-label={`${t('obligationDone')}: ${o.text}`}
                  onChange={(e) => void save(c.obligations.map((x) => (x.id === o.id ? { ...x, done: e.target.checked } : x)))}
                />{' '}
                <span className="badge">{t(o.side === 'we' ? 'obligationSideWe' : 'obligationSideClient')}</span>{' '}
                {o.done ? <s>{o.text}</s> : o.text}
              </label>{' '}
              {o.due && (
                <span className="due small">
                  {overdue ? `${t('obligationOverdue')} · ` : ''}
                  {formatDay(o.due)}
                </span>
              )}{' '}
              <button
                className="link small"
                aria-label={`${t('actionDelete')}: ${o.text}`}
                onClick={() => void remove(o.id, o.text)}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      <form className="inline-form" onSubmit={add} aria-label={t('actionAddObligation')}>
        <select
          value={side}
          onChange={(e) => setSide(e.target.value === 'client' ? 'client' : 'we')}
          aria-label={t('fieldObligationSide')}
          data-testid="obligation-side"
        >
          <option value="we">{t('obligationSideWe')}</option>
          <option value="client">{t('obligationSideClient')}</option>
        </select>
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('fieldObligationText')}
          aria-label={t('fieldObligationText')}
          data-testid="obligation-text"
        />
        <input
          type="date"
          value={due}
          onChange={(e) => setDue(e.target.value)}
          aria-label={t('fieldObligationDue')}
          data-testid="obligation-due"
        />
        <button type="submit" className="secondary">
          {t('actionAddObligation')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
    </div>
  );
}
