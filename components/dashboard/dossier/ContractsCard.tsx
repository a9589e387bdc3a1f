import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { contractsOf } from '@/lib/db/queries/contracts';
import { createContract } from '@/lib/db/repos/contracts';
import { t } from '@/lib/i18n/t';
import { FieldsForm } from '@/components/ui/FieldsForm';
import { guarded } from '@/components/dashboard/guarded';
import { contractFields, contractPatch } from './contract-fields';
import { ContractItem } from './ContractItem';

/**
 * The account's contracts (docs/domain.md §2): dates, notice and lead time, open disagreements and
 * the obligations of both sides. Saving rewrites the follow-ups the contract makes by itself
 * (lib/contracts/derived-tasks.ts), which then show in the follow-ups card.
 */
export function ContractsCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const [adding, setAdding] = useState(false);
  const state = useLiveQuery(
    () =>
      contractsOf(db, accountId).then(
        (list) => ({ list, error: '' }),
        (e: unknown) => ({ list: [], error: e instanceof Error ? e.message : String(e) }),
      ),
    [accountId],
  );
  return (
    <section className="card" data-testid="contracts" aria-label={t('sectionContracts')}>
      <header className="card-head">
        <h2>{t('sectionContracts')}</h2>
        <button className="link small" onClick={() => setAdding(true)} data-testid="add-contract" disabled={adding}>
          + {t('actionAdd')}
        </button>
      </header>
      {adding && (
        <FieldsForm
          fields={contractFields()}
          values={{ status: 'draft', leadDays: 30 }}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          testId="contract-form"
          onCancel={() => setAdding(false)}
          onSave={async (p) => {
            const input = { status: 'draft' as const, leadDays: 30, ...contractPatch(p), accountId };
            await guarded(() => createContract(db, input));
            setAdding(false);
          }}
        />
      )}
      {state === undefined && <p className="muted">{t('loading')}</p>}
      {state?.error && (
        <p role="alert" className="error">
          {t('contractsError', state.error)}
        </p>
      )}
      {state && !state.error && state.list.length === 0 && !adding && <p className="muted">{t('contractsEmpty')}</p>}
      <ul className="plain">
        {state?.list.map((c) => (
          <ContractItem key={c.id} contract={c} />
        ))}
      </ul>
    </section>
  );
}
