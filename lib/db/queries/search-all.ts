import type { Collection } from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { BACKFILL_KEY, backfillDone, type BackfillState } from '@/lib/db/repos/search-backfill';
import type { Account, Contact, Interaction, Meeting, Task } from '@/lib/schema';
import { KIND_ORDER, WORD_SCORE, wordScoreInDoc } from '@/lib/search/doc-score';
import { matchRanges, snippet } from '@/lib/search/highlight';
import { queryTerms, type QueryTerms } from '@/lib/search/query-terms';
import { parseRef, type DocKind, type SearchDoc } from '@/lib/search/search-doc';

/** One search result, ready to show under its account. */
export interface FoundHit {
  kind: DocKind;
  id: string;
  score: number;
  accountId: string | null;
  accountName: string;
  /** What to show: a name, a follow-up's title, or the part of a history entry that matched. */
  text: string;
  /** A history entry's kind (note, clip, email…): the UI groups notes and captures apart. */
  sub?: string;
  /** When: a history entry's or meeting's time, a follow-up's due day. */
  at?: string;
}

export interface SearchResult {
  hits: FoundHit[];
  terms: QueryTerms;
  /** More records matched than one keystroke reads: the best of those read are shown. */
  truncated: boolean;
  /** Records stored before the index existed are still being indexed (search-backfill.ts). */
  indexing: boolean;
}

export interface SearchOptions {
  /** At most this many hits per kind (history gets twice as many: it also holds notes and captures). */
  perKind?: number;
  /** Also find names written in another script ("Petrova" ↔ "Петрова"). */
  acrossScripts?: boolean;
}

/**
 * Index entries read per range and keystroke. A prefix shared by more records than this (the
 * first letter, a word in every history entry) is read only this far; the other words of the
 * query then decide, or the UI says more matched than it shows.
 */
const CAP = 600;
/**
 * Words shorter than this are looked up among names only (a first keystroke lists names, not
 * every history entry with a word starting "d"); next to a longer word they are checked on
 * that word's candidates instead.
 */
const SHORT = 3;

interface WordMatch {
  scores: Map<string, number>;
  /** The set is partial: a range was cut at CAP, or the word is short (names only). */
  capped: boolean;
  /** A range was cut at CAP: more records match than were read. */
  overflow: boolean;
}

async function refs(c: Collection<SearchDoc, string, unknown>): Promise<string[]> {
  return c.limit(CAP + 1).primaryKeys();
}

async function matchWord(db: AppDB, word: string, latin: string | undefined): Promise<WordMatch> {
  const s = db.searchDocs;
  const short = word.length < SHORT;
  const other = latin !== undefined && latin !== word;
  const none = Promise.resolve<string[]>([]);
  // Prefix ranges only: exact words are told apart when the best candidates are rescored.
  const [prefix, name, x, nameLatin] = await Promise.all([
    short ? none : refs(s.where('t').startsWith(word)),
    refs(s.where('n').startsWith(word)),
    latin !== undefined ? refs(s.where('x').startsWith(latin)) : none,
    other ? refs(s.where('n').startsWith(latin)) : none,
  ]);
  const scores = new Map<string, number>();
  const mark = (list: readonly string[], v: number) => {
    for (const r of list) if ((scores.get(r) ?? 0) < v) scores.set(r, v);
  };
  mark(prefix, WORD_SCORE.prefix);
  mark(x, WORD_SCORE.acrossScripts);
  mark(nameLatin, WORD_SCORE.acrossScripts);
  mark(name, WORD_SCORE.name);
  // A short word's set holds its name hits only: partial, like a capped one.
  const overflow = [prefix, name, x, nameLatin].some((l) => l.length > CAP);
  return { scores, capped: short || overflow, overflow };
}

/** Refs matching every word, with summed scores. Words read in full decide; capped words are checked per row. */
async function candidates(db: AppDB, terms: QueryTerms): Promise<{ scored: Map<string, number>; truncated: boolean }> {
  const matches = await Promise.all(terms.words.map((w, i) => matchWord(db, w, terms.latin[i])));
  const complete = matches.filter((m) => !m.capped).sort((a, b) => a.scores.size - b.scores.size);
  const deciding = complete.length > 0 ? complete : matches;
  const scored = new Map<string, number>();
  const [first, ...rest] = deciding;
  for (const [ref, s] of first?.scores ?? []) {
    let total = s;
    for (const m of rest) {
      const v = m.scores.get(ref);
      if (v === undefined) {
        total = 0;
        break;
      }
      total += v;
    }
    if (total > 0) scored.set(ref, total);
  }
  if (complete.length === 0) return { scored, truncated: matches.some((m) => m.overflow) };
  if (complete.length === matches.length) return { scored, truncated: false };
  // Words too common to read in full are checked against each candidate's row.
  const checked = terms.words.flatMap((w, i) => (matches[i]?.capped ? [{ w, l: terms.latin[i] }] : []));
  const keys = [...scored.keys()].slice(0, CAP);
  const docs = await db.searchDocs.bulkGet(keys);
  const out = new Map<string, number>();
  docs.forEach((doc, i) => {
    const ref = keys[i];
    if (!doc || ref === undefined) return;
    let total = scored.get(ref) ?? 0;
    for (const { w, l } of checked) {
      const v = wordScoreInDoc(doc, w, l);
      if (v === 0) return;
      total += v;
    }
    out.set(ref, total);
  });
  return { scored: out, truncated: scored.size > keys.length };
}

function ranked(scored: Map<string, number>): { kind: DocKind; id: string; score: number; ref: string }[] {
  const all = [...scored].flatMap(([ref, score]) => {
    const p = parseRef(ref);
    return p ? [{ ...p, score, ref }] : [];
  });
  all.sort((a, b) => b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.ref < b.ref ? -1 : 1));
  return all;
}

function perKindLimit(kind: DocKind, perKind: number): number {
  return kind === 'interaction' ? perKind * 2 : perKind;
}

/** The first `times` × the limit of each kind, by the range scores: the ones worth rescoring. */
function shortlist(scored: Map<string, number>, perKind: number, times: number): string[] {
  const taken = new Map<DocKind, number>();
  return ranked(scored).flatMap((h) => {
    const n = taken.get(h.kind) ?? 0;
    if (n >= perKindLimit(h.kind, perKind) * times) return [];
    taken.set(h.kind, n + 1);
    return [h.ref];
  });
}

/** Exact scores from the rows themselves (exact word vs prefix, name vs other fields). */
async function rescore(db: AppDB, refs: string[], terms: QueryTerms): Promise<Map<string, number>> {
  const docs = await db.searchDocs.bulkGet(refs);
  const out = new Map<string, number>();
  docs.forEach((doc, i) => {
    const ref = refs[i];
    if (!doc || ref === undefined) return;
    let total = 0;
    for (let k = 0; k < terms.words.length; k++) {
      const v = wordScoreInDoc(doc, terms.words[k] ?? '', terms.latin[k]);
      if (v === 0) return;
      total += v;
    }
    out.set(ref, total);
  });
  return out;
}

function pickBest(scored: Map<string, number>, perKind: number): { kind: DocKind; id: string; score: number }[] {
  const taken = new Map<DocKind, number>();
  return ranked(scored).filter((h) => {
    const n = taken.get(h.kind) ?? 0;
    if (n >= perKindLimit(h.kind, perKind)) return false;
    taken.set(h.kind, n + 1);
    return true;
  });
}

/** The first of a record's texts that shows a matched word, cut around it. */
function bestText(texts: (string | undefined)[], terms: QueryTerms): string {
  const present = texts.filter((t): t is string => !!t && t.trim() !== '');
  const shown = present.find((t) => matchRanges(t.slice(0, 20_000), terms).length > 0) ?? present[0] ?? '';
  return snippet(shown, terms);
}

/**
 * Search everything (accounts, people, history, follow-ups, meetings) through the persisted
 * index: every query word must prefix-match a word of the record. Reads only the index's key
 * ranges for the words, then the few records shown — so a keystroke costs the same at 10 or
 * 10,000 accounts with their history, as long as the words are specific.
 */
export function searchAll(db: AppDB, q: string, opts: SearchOptions = {}): Promise<SearchResult> {
  // One read transaction for the dozen reads of a keystroke, not one each.
  return db.transaction('r', [db.searchDocs, db.kv, db.accounts, db.contacts, db.interactions, db.tasks, db.meetings], () =>
    search(db, q, opts),
  );
}

async function search(db: AppDB, q: string, opts: SearchOptions): Promise<SearchResult> {
  const terms = queryTerms(q, opts.acrossScripts ?? true);
  const state = (await db.kv.get(BACKFILL_KEY))?.value as BackfillState | undefined;
  const indexing = !backfillDone(state);
  if (terms.words.length === 0) return { hits: [], terms, truncated: false, indexing };
  const { scored, truncated } = await candidates(db, terms);
  const perKind = opts.perKind ?? 5;
  const best = pickBest(await rescore(db, shortlist(scored, perKind, 4), terms), perKind);
  const ids = (k: DocKind) => best.filter((h) => h.kind === k).map((h) => h.id);
  const [accounts, contacts, interactions, tasks, meetings] = await Promise.all([
    db.accounts.bulkGet(ids('account')),
    db.contacts.bulkGet(ids('contact')),
    db.interactions.bulkGet(ids('interaction')),
    db.tasks.bulkGet(ids('task')),
    db.meetings.bulkGet(ids('meeting')),
  ]);
  const byId = <T extends { id: string }>(rows: (T | undefined)[]) =>
    new Map(rows.filter((r): r is T => !!r).map((r) => [r.id, r]));
  const acc = byId<Account>(accounts);
  const con = byId<Contact>(contacts);
  const int = byId<Interaction>(interactions);
  const tsk = byId<Task>(tasks);
  const mtg = byId<Meeting>(meetings);
  const drafts = best.flatMap((h): Omit<FoundHit, 'accountName'>[] => {
    const base = { kind: h.kind, id: h.id, score: h.score };
    switch (h.kind) {
      case 'account': {
        const a = acc.get(h.id);
        return a ? [{ ...base, accountId: a.id, text: a.name }] : [];
      }
      case 'contact': {
        const c = con.get(h.id);
        return c ? [{ ...base, accountId: c.accountId, text: c.name }] : [];
      }
      case 'interaction': {
        const x = int.get(h.id);
        const text = x && bestText([x.summary, x.source?.title, x.quote], terms);
        return x ? [{ ...base, accountId: x.accountId, text: text ?? '', sub: x.kind, at: x.at }] : [];
      }
      case 'task': {
        const t = tsk.get(h.id);
        return t ? [{ ...base, accountId: t.accountId, text: t.title, at: t.due ?? undefined }] : [];
      }
      case 'meeting': {
        const m = mtg.get(h.id);
        const text = m && bestText([m.type, m.outcome?.summary, m.outcome?.agreements, m.place], terms);
        return m ? [{ ...base, accountId: m.accountId, text: text ?? m.type, at: m.at }] : [];
      }
    }
  });
  const missing = [...new Set(drafts.map((d) => d.accountId).filter((a): a is string => !!a && !acc.has(a)))];
  for (const a of await db.accounts.bulkGet(missing)) if (a) acc.set(a.id, a);
  const hits = drafts.map((d) => ({ ...d, accountName: d.accountId ? (acc.get(d.accountId)?.name ?? '') : '' }));
  return { hits, terms, truncated, indexing };
}
