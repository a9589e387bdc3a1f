/**
 * Column mapping, independent of what is imported: a list of target fields, each with the
 * column names other tools give it, and a mapping (per column: a field key or null for
 * "ignore"). The contacts import uses it with contact-fields.ts; an orders or invoices import
 * gives its own field list to the same functions and the same mapping screen.
 */
export interface TargetField<K extends string = string> {
  key: K;
  /** May several columns feed it (emails, phones), or does the first non-empty one win? */
  multiple: boolean;
  /** Normalised column names (see normaliseHeader) that map to this field automatically. */
  aliases: readonly string[];
  /** Normalised prefixes: Pipedrive's "Person - Email - Work", "Person - Email - Home" … */
  prefixes?: readonly string[];
}

/** Per column, the field it feeds or null when the column is ignored. */
export type Mapping<K extends string = string> = (K | null)[];

/** Lower-case letters and digits only, so "E-mail", "e_mail" and "EMAIL " compare equal. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The automatic mapping: each column gets the field whose alias (or prefix) its name matches;
 * a single-valued field goes to the first column that matches it only.
 */
export function autoMap<K extends string>(headers: readonly string[], fields: readonly TargetField<K>[]): Mapping<K> {
  const byAlias = new Map<string, TargetField<K>>();
  for (const f of fields) for (const a of f.aliases) byAlias.set(a, f);
  const taken = new Set<K>();
  return headers.map((h) => {
    const name = normaliseHeader(h);
    const field = byAlias.get(name) ?? fields.find((f) => f.prefixes?.some((p) => name.startsWith(p)));
    if (!field || (!field.multiple && taken.has(field.key))) return null;
    taken.add(field.key);
    return field.key;
  });
}

/** The values of one record by field, in column order; empty cells are left out. */
export function valuesByField<K extends string>(row: readonly string[], mapping: Mapping<K>): Map<K, string[]> {
  const out = new Map<K, string[]>();
  for (let i = 0; i < mapping.length; i++) {
    const key = mapping[i];
    const cell = row[i]?.trim();
    if (!key || !cell) continue;
    const list = out.get(key);
    if (list) list.push(cell);
    else out.set(key, [cell]);
  }
  return out;
}

/** True when at least one column feeds one of `keys` (e.g. a name for contacts). */
export function mapsAny<K extends string>(mapping: Mapping<K>, keys: readonly K[]): boolean {
  return mapping.some((k) => k !== null && keys.includes(k));
}
