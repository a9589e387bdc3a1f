import { t } from '@/lib/i18n/t';
import type { Mapping } from '@/lib/io/contacts-import/mapping';

export interface FieldOption<K extends string> {
  key: K;
  label: string;
}

interface Props<K extends string> {
  headers: readonly string[];
  /** The first records, shown under their columns. */
  rows: readonly (readonly string[])[];
  /** 1-based file lines of `rows`. */
  lines: readonly number[];
  fields: readonly FieldOption<K>[];
  mapping: Mapping<K>;
  onChange: (mapping: Mapping<K>) => void;
}

/**
 * The preview of an import with one select per column: which field of Keyside it fills, or
 * "don't import". Knows nothing of contacts: an orders or invoices import passes its own
 * fields (lib/io/contacts-import/mapping.ts has the matching logic).
 */
export function ColumnMapping<K extends string>({ headers, rows, lines, fields, mapping, onChange }: Props<K>) {
  const set = (column: number, value: string) => {
    const next = [...mapping];
    next[column] = fields.find((f) => f.key === value)?.key ?? null;
    onChange(next);
  };
  return (
    <div className="column-mapping" data-testid="column-mapping">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('mappingLine')}</th>
            {headers.map((h, i) => (
              <th key={i} scope="col">
                <span className="column-name">{h || '—'}</span>
                <select
                  value={mapping[i] ?? ''}
                  onChange={(e) => set(i, e.target.value)}
                  aria-label={t('mappingColumnLabel', h || String(i + 1))}
                  data-testid="column-mapping-select"
                  data-column={h}
                >
                  <option value="">{t('mappingIgnore')}</option>
                  {fields.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} data-testid="import-preview-row">
              <td className="muted">{lines[r]}</td>
              {headers.map((_, i) => (
                <td key={i} className={mapping[i] ? undefined : 'ignored'}>
                  {row[i] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
