import { useState, type SubmitEvent } from 'react';
import { t } from '@/lib/i18n/t';
import { newId, type Contract, type Disagreement } from '@/lib/schema';
import { useContractList } from './use-contract-list';

/** Open points first, those beyond the manager's authority on top: they decide who must come. */
function ordered(list: readonly Disagreement[]): Disagreement[] {
  const rank = (d: Disagreement) => (d.resolved ? 2 : d.scope === 'beyond' ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b));
}

/** The points still open between the parties: add, mark resolved, delete with Undo. */
export function ContractDisagreements({ contract: c }: { contract: Contract }) {
  const { save, remove, error } = useContractList(c, 'disagreements');
  const [text, setText] = useState('');
  const [scope, setScope] = useState<Disagreement['scope']>('within');
  const add = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!text.trim()) return;
    void save([...c.disagreements, { id: newId(), text: text.trim(), scope, resolved: false }]).then(() => setText(''));
  };
  return (
    <div className="contract-part" data-testid="contract-disagreements">
      <h3 className="small">{t('sectionDisagreements')}</h3>
      {c.disagreements.length === 0 && <p className="muted small">{t('disagreementsEmpty')}</p>}
      <ul className="plain">
        {ordered(c.disagreements).map((d) => (
          <li key={d.id} data-testid="disagreement">
            <label>
              <input
                type="checkbox"
                checked={d.resolved}
                aria-label={`${t('disagreementResolved')}: ${d.text}`}
                onChange={(e) =>
                  void save(c.disagreements.map((x) => (x.id === d.id ? { ...x, resolved: e.target.checked } : x)))
                }
              />{' '}
              {d.resolved ? <s>{d.text}</s> : d.text}
            </label>{' '}
            <span className={d.scope === 'beyond' ? 'badge warn' : 'badge'}>
              {t(d.scope === 'beyond' ? 'disagreementBeyond' : 'disagreementWithin')}
            </span>{' '}
            <button
              className="link small"
              aria-label={`${t('actionDelete')}: ${d.text}`}
              onClick={() => void remove(d.id, d.text)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={add} aria-label={t('actionAddDisagreement')}>
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('fieldDisagreementText')}
          aria-label={t('fieldDisagreementText')}
          data-testid="disagreement-text"
        />
        <select
          value={scope}
          onChange={(e) => setScope(e.target.value === 'beyond' ? 'beyond' : 'within')}
          aria-label={t('fieldDisagreementScope')}
        >
          <option value="within">{t('disagreementWithin')}</option>
          <option value="beyond">{t('disagreementBeyond')}</option>
        </select>
        <button type="submit" className="secondary">
          {t('actionAddDisagreement')}
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
