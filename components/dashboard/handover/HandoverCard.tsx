import { t } from '@/lib/i18n/t';
import { HandoverExport } from './HandoverExport';
import { HandoverImport } from './HandoverImport';
import './handover.css';

/** The handover package for a deputy or successor (docs/domain.md §1): make one, or take one over. */
export function HandoverCard() {
  return (
    <div className="card handover" data-testid="handover-card">
      <h2>{t('handoverTitle')}</h2>
      <p className="muted">{t('handoverHint')}</p>
      <HandoverExport />
      <h3>{t('handoverImportTitle')}</h3>
      <p className="muted">{t('handoverImportHint')}</p>
      <HandoverImport />
    </div>
  );
}
