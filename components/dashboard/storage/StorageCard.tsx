import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/app-db';
import { recordCounts } from '@/lib/db/queries/record-counts';
import { formatBytes, formatNumber } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import { DeleteEverything } from './DeleteEverything';
import { usePersistence, useStorageEstimate } from './use-persistence';
import './storage.css';

const PERSISTENCE_TEXT = {
  granted: 'storagePersistGranted',
  'not-granted': 'storagePersistNotGranted',
  unsupported: 'storagePersistUnknown',
} as const;

/** What Keyside stores, how much space it takes, whether the browser may evict it; and the way out. */
export function StorageCard() {
  const counts = useLiveQuery(() => recordCounts(getDb()), []);
  const estimate = useStorageEstimate(counts);
  const { state, ask } = usePersistence();
  return (
    <div className="card" data-testid="storage-card">
      <h2>{t('storageTitle')}</h2>
      {state && (
        <p data-testid="storage-persistence" data-state={state} className={state === 'granted' ? undefined : 'warn'}>
          {state === 'granted' ? '✓ ' : ''}
          {t(PERSISTENCE_TEXT[state])}{' '}
          {state === 'not-granted' && (
            <button className="link small" onClick={() => void ask()} data-testid="storage-ask-persist">
              {t('actionAskPersist')}
            </button>
          )}
        </p>
      )}
      <p data-testid="storage-usage">
        {estimate === undefined
          ? t('loading')
          : estimate === null
            ? t('storageUsageUnknown')
            : t('storageUsage', formatBytes(estimate.usage), formatBytes(estimate.quota))}
      </p>
      <h3>{t('storageWhatIsStored')}</h3>
      {counts ? (
        <dl className="facts" data-testid="storage-counts">
          {Object.entries(counts).map(([table, n]) => (
            <div key={table} style={{ display: 'contents' }}>
              <dt>{t(`table_${table}` as MessageKey)}</dt>
              <dd data-testid={`storage-count-${table}`}>{formatNumber(n)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('loading')}</p>
      )}
      <DeleteEverything />
    </div>
  );
}
