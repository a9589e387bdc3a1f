import { t } from '@/lib/i18n/t';

interface Props {
  done: number;
  total: number;
  /** The count as words, e.g. "1,200 of 100,000 records written". */
  label: string;
  onCancel: () => void;
}

/** A progress bar with its count and a Cancel button. */
export function ImportProgress({ done, total, label, onCancel }: Props) {
  return (
    <div className="import-progress" data-testid="import-progress" role="status">
      <progress value={done} max={Math.max(total, 1)} aria-label={label} />
      <span data-testid="import-progress-count">{label}</span>{' '}
      <button onClick={onCancel} data-testid="contacts-import-cancel">
        {t('actionCancel')}
      </button>
    </div>
  );
}
