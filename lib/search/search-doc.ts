import { eachToken } from './tokenize';
import { latinWord } from './translit';

/** The tables the search index covers, and the kind of record each holds. */
export const searchedTables = {
  accounts: 'account',
  contacts: 'contact',
  interactions: 'interaction',
  tasks: 'task',
  meetings: 'meeting',
} as const;
export type SearchedTable = keyof typeof searchedTables;
export type DocKind = (typeof searchedTables)[SearchedTable];

const PREFIX: Record<DocKind, string> = { account: 'a', contact: 'c', interaction: 'i', task: 't', meeting: 'm' };
const KIND_OF_PREFIX = new Map(Object.entries(PREFIX).map(([k, p]) => [p, k as DocKind]));

/**
 * One row of the persisted index per searchable record (lib/db/migrations/versions.ts, table
 * `searchDocs`). Its multi-entry indexes are the inverted index: IndexedDB keeps token → refs
 * sorted, so a prefix is one key range.
 * - r: the record's ref, "<kind letter>:<id>" (refOf), so a kind's rows sort together;
 * - t: every token of every searched field, folded (tokenize.ts);
 * - n: the tokens of the name (accounts and people): name hits rank first;
 * - x: the Latin spelling of non-Latin name tokens (translit.ts), for finding names across scripts.
 */
export interface SearchDoc {
  r: string;
  t: string[];
  n?: string[];
  x?: string[];
}

export function refOf(kind: DocKind, id: string): string {
  return `${PREFIX[kind]}:${id}`;
}

export function parseRef(ref: string): { kind: DocKind; id: string } | undefined {
  const kind = KIND_OF_PREFIX.get(ref.slice(0, 1));
  return kind && ref[1] === ':' ? { kind, id: ref.slice(2) } : undefined;
}

/** A long field (a captured page) is cut: the index serves finding a record, not full-text search of pages. */
const MAX_FIELD_CHARS = 10_000;
/** At most this many distinct tokens per record: each is an index entry written with the record. */
const MAX_TOKENS = 600;

type Loose = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const texts = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? str((x as Loose).text) : '')) : [];
const names = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? str((x as Loose).name) : '')) : [];
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Loose) : {});

/** The record's name and its other searched fields, per kind (docs/domain.md: what managers look for). */
function fieldsOf(kind: DocKind, r: Loose): { name: string; other: string[] } {
  switch (kind) {
    case 'account':
      return {
        name: str(r.name),
        other: [
          str(r.legalName),
          ...strs(r.domains),
          ...strs(r.tags),
          str(r.summary),
          ...strs(r.nuances),
          ...texts(r.needs),
          // "Who else do they buy from?" — a competitor's name finds the accounts it competes for.
          ...names(r.competitors),
        ],
      };
    case 'contact': {
      const phones = strs(r.phones);
      // Digits only as well, from each group on, so "9955551234" and "5551234" (without the
      // country code) both find "+995 555 12 34". A phone is short: at most a few groups.
      const digits = phones.flatMap((p) => {
        const groups = p.slice(0, 40).match(/\d+/g) ?? [];
        return groups.map((_, i) => groups.slice(i).join('')).filter((d) => d.length >= 3);
      });
      return { name: str(r.name), other: [...strs(r.emails), str(r.title), ...phones, ...digits] };
    }
    case 'interaction':
      return { name: '', other: [str(r.summary), str(obj(r.source).title), str(r.quote)] };
    case 'task':
      return { name: '', other: [str(r.title)] };
    case 'meeting': {
      const outcome = obj(r.outcome);
      return { name: '', other: [str(r.type), str(r.place), str(outcome.summary), str(outcome.agreements)] };
    }
  }
}

function addTokens(text: string, into: Set<string>): void {
  if (text === '' || into.size >= MAX_TOKENS) return;
  eachToken(text.length > MAX_FIELD_CHARS ? text.slice(0, MAX_FIELD_CHARS) : text, (tok) => {
    if (into.size < MAX_TOKENS) into.add(tok);
  });
}

/**
 * The index row of one stored record. Pure and cheap (one tokenizer pass per field): it runs
 * inside every write transaction (lib/db/search-index-middleware.ts) and for every record of a
 * backup import.
 */
export function docOf(kind: DocKind, record: unknown): SearchDoc {
  const r = obj(record);
  const { name, other } = fieldsOf(kind, r);
  const names = new Set<string>();
  addTokens(name, names);
  const all = new Set(names);
  for (const f of other) addTokens(f, all);
  const doc: SearchDoc = { r: refOf(kind, str(r.id)), t: [...all] };
  if (names.size > 0) {
    doc.n = [...names];
    const latin = new Set<string>();
    for (const w of names) {
      const l = latinWord(w);
      if (l) latin.add(l);
    }
    if (latin.size > 0) doc.x = [...latin];
  }
  return doc;
}
