import { useState, type SubmitEvent } from 'react';
import { usePrefilled } from './use-prefilled';
import { t } from '@/lib/i18n/t';
import type { PanelViewOf } from '@/lib/schema/panel-view';
import { ManualSearch } from '@/components/ui/ManualSearch';
import { CompanySuggestions } from './CompanySuggestions';
import { NameOnlySender } from './NameOnlySender';
import { runCommand } from './run-command';

/**
 * An unknown sender: create a dossier prefilled from the email, or add them to an account. A
 * sender shown by name only is first offered to be confirmed as a known contact (NameOnlySender).
 * A CRM record nobody linked: the dossiers named like its company to confirm, a new dossier
 * prefilled from the record and linked to it, or any dossier picked by search, linked to it.
 */
export function NoMatch({ view }: { view: PanelViewOf<'no-match'> }) {
  const p = view.prefill;
  const about = p?.email ?? '';
  const [company, setCompany] = usePrefilled(p?.company ?? '', about);
  const [name, setName] = usePrefilled(p?.name ?? '', about);
  const [title, setTitle] = usePrefilled(p?.title ?? '', about);
  const [domain, setDomain] = usePrefilled(p?.domain ?? '', about);
  const [error, setError] = useState('');
  const [added, setAdded] = useState('');
  const email = p?.email ?? '';
  const onRecord = !!view.context.record;
  const fail = (e: Error) => setError(e.message);
  const create = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    void runCommand({
      type: 'createAccount',
      name: company,
      domains: domain ? [domain] : [],
      person: { name, email, title, phones: p?.phones ?? [] },
      linkRecord: onRecord,
    }).catch(fail);
  };
  return (
    <section data-testid="no-match">
      {onRecord ? (
        <>
          <p data-testid="record-no-match">{t('panelRecordNoMatch')}</p>
          {view.suggestions?.length ? <CompanySuggestions suggestions={view.suggestions} /> : null}
          <h2>{t('panelLinkToExisting')}</h2>
          {/* The dossier picked is shown first, with "Link this record" (RecordLink): the user sees what they link. */}
          <ManualSearch label={t('searchAccountPlaceholder')} />
        </>
      ) : view.nameOnly ? (
        <NameOnlySender sender={view.nameOnly} />
      ) : (
        <p>{t('panelNoMatch', email || view.unmatched.map((u) => u.email).join(', '))}</p>
      )}
      <form className="stack" onSubmit={create} data-testid="create-dossier-form">
        <h2>{t('actionCreateDossier')}</h2>
        <label>
          {t('fieldCompany')}
          <input required value={company} onChange={(e) => setCompany(e.target.value)} data-testid="new-company" />
        </label>
        <label>
          {t('fieldDomain')}
          <input
            value={domain}
            onChange={(e) => setDomain(e.target.value)}
            placeholder={p?.freemail ? t('freemailNoDomain') : ''}
          />
        </label>
        <label>
          {t('fieldPersonName')}
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="new-person" />
        </label>
        <label>
          {t('fieldTitle')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <p className="muted">
          {email}
          {p?.phones.length ? ` · ${p.phones.join(', ')}` : ''}
        </p>
        <button type="submit" data-testid="create-dossier">
          {t('actionCreateDossier')}
        </button>
      </form>
      {/* Without an address there is nothing to add; the name-only search above shows a dossier instead. */}
      {!view.nameOnly && !onRecord && (
        <>
          <h2>{t('actionAddToExisting')}</h2>
          <ManualSearch
            label={t('searchAccountPlaceholder')}
            onPick={(hit) =>
              hit.accountId &&
              void runCommand({ type: 'addPerson', accountId: hit.accountId, name: name || email, email, title }).then(
                () => setAdded(hit.accountName),
                fail,
              )
            }
          />
        </>
      )}
      {added && <p role="status">{t('personAdded', added)}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
