import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { deleteContract, restoreContract, updateContract } from '@/lib/db/repos/contracts';
import { contractLabel } from '@/lib/contracts/derived-tasks';
import { formatDay } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { Contract } from '@/lib/schema';
import { FieldsForm } from '@/components/ui/FieldsForm';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { contractFields, contractPatch, contractStatusLabel } from './contract-fields';
import { ContractDisagreements } from './ContractDisagreements';
import { ContractObligations } from './ContractObligations';

/** The dates line: "1 Jan 2026 – 31 Dec 2026 · renews 1 Jan 2027 · 60 days' notice · follow-up 30 days ahead". */
function datesLine(c: Contract): string {
  const parts: string[] = [];
  if (c.startOn || c.endOn) parts.push(`${c.startOn ? formatDay(c.startOn) : '…'} – ${c.endOn ? formatDay(c.endOn) : '…'}`);
  if (c.renewalOn) parts.push(t('contractRenewsOn', formatDay(c.renewalOn)));
  if (c.noticeDays !== null) parts.push(tPlural('contractNoticeDays', c.noticeDays));
  parts.push(tPlural('contractLeadDays', c.leadDays));
  return parts.join(' · ');
}

/** One contract: read view, edit form, delete with Undo (its open derived follow-ups go and come back with it). */
export function ContractItem({ contract: c }: { contract: Contract }) {
  const db = getDb();
  const offerUndo = useUndo();
  const [editing, setEditing] = useState(false);
  const label = contractLabel(c);
  const remove = async () => {
    const snapshot = await guarded(() => deleteContract(db, c.id));
    if (snapshot) offerUndo({ message: t('deletedItem', label), undo: () => restoreContract(db, snapshot) });
  };
  const openDisagreements = c.disagreements.filter((d) => !d.resolved).length;
  const openObligations = c.obligations.filter((o) => !o.done).length;
  if (editing)
    return (
      <li data-testid="contract" data-contract-id={c.id}>
        <FieldsForm
          fields={contractFields()}
          values={c}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          testId="contract-form"
          onCancel={() => setEditing(false)}
          onSave={async (p, b) => {
            if (Object.keys(p).length) {
              const patch = contractPatch(p);
              await guarded(() => updateContract(db, c.id, patch, b as Partial<Contract>));
            }
            setEditing(false);
          }}
        />
      </li>
    );
  return (
    <li data-testid="contract" data-contract-id={c.id} className="contract-row">
      <div>
        <strong>{c.number || c.title || '—'}</strong>
        {c.number && c.title ? ` ${c.title} ` : ' '}
        <span className="badge" data-testid="contract-status">
          {contractStatusLabel(c.status)}
        </span>
      </div>
      <p className="muted small" data-testid="contract-dates">
        {datesLine(c)}
      </p>
      {c.notes && <p className="prose small">{c.notes}</p>}
      <div className="row">
        <button className="link small" onClick={() => setEditing(true)} aria-label={`${t('actionEdit')}: ${label}`}>
          {t('actionEdit')}
        </button>
        <button
          className="link small"
          onClick={() => void remove()}
          aria-label={`${t('actionDelete')}: ${label}`}
          data-testid="delete-contract"
        >
          {t('actionDelete')}
        </button>
      </div>
      <details>
        <summary className="small" data-testid="contract-terms-toggle">
          {t('contractTermsSummary', String(openDisagreements), String(openObligations))}
        </summary>
        <ContractDisagreements contract={c} />
        <ContractObligations contract={c} />
      </details>
    </li>
  );
}
