/**
 * The field separator of a CSV export: `,` (most CRMs), `;` (Excel in locales whose decimal mark
 * is a comma: Russian, Finnish, German) or tab (Excel's "Unicode text"). Papaparse can guess too,
 * but only on its first chunk and among more candidates; this one is ours to test.
 */
export const separators = [',', ';', '\t'] as const;
export type Separator = (typeof separators)[number];

const LINES = 20;

/**
 * Counts each candidate per record, outside quoted fields, over the first records of `sample`
 * (one pass, linear), and picks the one that splits the header into the most columns and the
 * following records into the same number; a candidate absent from the header never wins.
 */
export function detectSeparator(sample: string): Separator {
  const counts: Record<Separator, number[]> = { ',': [0], ';': [0], '\t': [0] };
  let quoted = false;
  let records = 1;
  for (let i = 0; i < sample.length && records <= LINES; i++) {
    const ch = sample.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n') {
      records++;
      for (const s of separators) counts[s].push(0);
    } else if (ch === ',' || ch === ';' || ch === '\t') {
      const row = counts[ch];
      row[row.length - 1] = (row[row.length - 1] ?? 0) + 1;
    }
  }
  let best: Separator = ',';
  let bestScore = -1;
  for (const s of separators) {
    // The last record may be cut off by the end of the sample: it does not vote.
    const rows = counts[s].slice(0, records > 1 ? -1 : undefined);
    const header = rows[0] ?? 0;
    if (header === 0) continue;
    const agreeing = rows.filter((n) => n === header).length;
    const score = header * (agreeing / rows.length) * (agreeing / rows.length);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
