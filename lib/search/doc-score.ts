import type { DocKind, SearchDoc } from './search-doc';

/**
 * How well one query word matches a record, from the best place it matched. A name beats
 * other fields, an exact word beats a prefix, a name found across scripts sits just below a
 * name typed in its own script. 0 means no match.
 */
export const WORD_SCORE = { nameExact: 12, name: 8, acrossScripts: 7, exact: 6, prefix: 2 } as const;

/** Ties between equal scores: the dossier first, then its people, promises, meetings, history. */
export const KIND_ORDER: Record<DocKind, number> = { account: 0, contact: 1, task: 2, meeting: 3, interaction: 4 };

/** The score of `word` (and its Latin spelling, when searching across scripts) in one index row. */
export function wordScoreInDoc(doc: SearchDoc, word: string, latin: string | undefined): number {
  let best = 0;
  for (const t of doc.n ?? []) {
    if (t === word) return WORD_SCORE.nameExact;
    if (t.startsWith(word)) best = WORD_SCORE.name;
    else if (latin !== undefined && latin !== word && t.startsWith(latin)) best = Math.max(best, WORD_SCORE.acrossScripts);
  }
  if (best === 0 && latin !== undefined && (doc.x ?? []).some((t) => t.startsWith(latin))) best = WORD_SCORE.acrossScripts;
  if (best >= WORD_SCORE.exact) return best;
  for (const t of doc.t) {
    if (t === word) return WORD_SCORE.exact;
    if (best === 0 && t.startsWith(word)) best = WORD_SCORE.prefix;
  }
  return best;
}
