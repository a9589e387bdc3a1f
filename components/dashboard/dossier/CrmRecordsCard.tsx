import { crmSites } from '@/lib/adapters/crm-sites';
import { getDb } from '@/lib/db/app-db';
import { removeCrmRef, restoreCrmRef } from '@/lib/db/repos/crm-refs';
import { t } from '@/lib/i18n/t';
import { crmSystemId } from '@/lib/matching';
import type { Account, CrmRef } from '@/lib/schema';
import { isSafeUrl } from '@/components/ui/SafeLink';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';

function typeLabel(type: string | undefined): string {
  switch (type) {
    case 'contact':
      return t('crmRecordType_contact');
    case 'company':
      return t('crmRecordType_company');
    case 'deal':
      return t('crmRecordType_deal');
    case 'lead':
      return t('crmRecordType_lead');
    default:
      return t('crmRecordType_other');
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** "Pipedrive · Deal · 7": the CRM's name (or the page's host), the record's type and id. */
function refLabel(ref: CrmRef): string {
  const system = ref.system?.trim() ?? '';
  const crm = system ? (crmSites.find((s) => s.id === crmSystemId(system))?.label ?? system) : hostOf(ref.url);
  return [crm, typeLabel(ref.recordType), ref.recordId].filter(Boolean).join(' · ');
}

/**
 * The CRM records linked to this dossier ("Link this record" in the panel, or a backup's
 * crmRefs), each a link to the record; unlinking one offers Undo.
 */
export function CrmRecordsCard({ account }: { account: Account }) {
  const db = getDb();
  const offerUndo = useUndo();
  const remove = async (index: number) => {
    const removed = await guarded(() => removeCrmRef(db, account.id, index));
    if (removed)
      offerUndo({
        message: t('crmRecordRemoved'),
        undo: () => restoreCrmRef(db, account.id, removed, index).then(() => undefined),
      });
  };
  return (
    <section className="card" data-testid="crm-records" aria-label={t('sectionCrmRecords')}>
      <header className="card-head">
        <h2>{t('sectionCrmRecords')}</h2>
      </header>
      {account.crmRefs.length === 0 ? (
        <p className="muted small">{t('crmRecordsEmpty')}</p>
      ) : (
        <ul className="plain">
          {account.crmRefs.map((ref, i) => (
            <li key={`${i}-${ref.url}`} data-testid="crm-record">
              {isSafeUrl(ref.url) && !ref.url.startsWith('mailto:') ? (
                <a href={ref.url} target="_blank" rel="noopener noreferrer" data-testid="crm-record-link">
                  {refLabel(ref)}
                </a>
              ) : (
                <span>{refLabel(ref)}</span>
              )}{' '}
              <button
                className="link small"
                onClick={() => void remove(i)}
                aria-label={t('crmRecordUnlink')}
                title={t('crmRecordUnlink')}
                data-testid="crm-record-remove"
              >
                {t('actionRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
