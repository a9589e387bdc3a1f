import { t, type MessageKey } from '@/lib/i18n/t';
import { importEncodings, type ImportEncoding } from '@/lib/io/contacts-import/encoding';

/** The text encoding a CSV is read in (detected first; the user picks another if the preview is garbled). */
export function EncodingSelect({
  value,
  onChange,
  testId,
}: {
  value: ImportEncoding;
  onChange: (e: ImportEncoding) => void;
  testId: string;
}) {
  return (
    <label>
      {t('contactsImportEncoding')}{' '}
      <select value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as ImportEncoding)}>
        {importEncodings.map((enc) => (
          <option key={enc} value={enc}>
            {t(`contactsImportEncoding_${enc.replace(/-/g, '')}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
}
