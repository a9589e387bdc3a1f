import { foldText } from './fold';
import type { RecordKind, SearchRecord } from './record';
import { eachRecordToken } from './record-tokens';
import { Scorer, type Round } from './scorer';
import { TokenTable } from './token-table';
import { topK } from './top-k';
import { queryTokens } from './tokenize';

export interface SearchHit {
  id: string;
  kind: RecordKind;
  score: number;
}

export interface QueryOptions {
  /** Only this kind, e.g. the account picker. */
  kind?: RecordKind;
}

/**
 * In-memory prefix index over accounts and contacts, kept by the background worker for
 * search-as-you-type. Every query word must prefix-match some token of a record (AND).
 * Records are keyed by kind + id, so an account and a contact may share an id.
 */
export class SearchIndex {
  private readonly table = new TokenTable();
  /** Internal doc numbers: dense, reused after removal, so scratch arrays stay small. */
  private readonly docOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly kinds: RecordKind[] = [];
  private readonly names: string[] = [];
  /** A private copy of each record's fields: removal re-derives its tokens from them. */
  private readonly fieldsOf: (readonly string[] | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly scorer = new Scorer();

  constructor(records: Iterable<SearchRecord> = []) {
    this.addAll(records);
  }

  get size(): number {
    return this.docOf.size;
  }

  has(id: string, kind: RecordKind): boolean {
    return this.docOf.has(key(kind, id));
  }

  addAll(records: Iterable<SearchRecord>): void {
    for (const r of records) this.put(r);
  }

  /** Add or replace one record. */
  add(record: SearchRecord): void {
    this.put(record);
  }

  update(record: SearchRecord): void {
    this.put(record);
  }

  /** Remove by id; without `kind`, both an account and a contact with this id go. */
  remove(id: string, kind?: RecordKind): boolean {
    if (kind) return this.drop(key(kind, id));
    const a = this.drop(key('account', id));
    return this.drop(key('contact', id)) || a;
  }

  /** Empty the index in one go. */
  clear(): void {
    this.table.clear();
    this.docOf.clear();
    for (const a of [this.ids, this.kinds, this.names, this.fieldsOf, this.free]) a.length = 0;
  }

  /** Ids ranked best first. */
  query(q: string, limit = 20, opts: QueryOptions = {}): string[] {
    return this.search(q, limit, opts).map((h) => h.id);
  }

  /** Hits ranked best first, with kind (ids alone cannot say which table to read). */
  search(q: string, limit = 20, opts: QueryOptions = {}): SearchHit[] {
    const words = queryTokens(q);
    if (words.length === 0 || limit <= 0) return [];
    const rounds = words.map((w): Round => {
      const runs = this.table.runs(w);
      return { w, runs, size: runs.reduce((n, r) => n + r.hi - r.lo, 0) };
    });
    if (rounds.some((r) => r.size === 0)) return [];
    // Narrowest word first: it seeds the candidates, later words can only discard them.
    rounds.sort((a, b) => a.size - b.size);
    const hits = this.scorer.collect(rounds, this.ids.length).filter((d) => !opts.kind || this.kinds[d] === opts.kind);
    return topK(hits, limit, (a, b) => this.before(a, b)).map((d) => ({
      id: this.ids[d] ?? '',
      kind: this.kinds[d] ?? 'account',
      score: this.scorer.total(d),
    }));
  }

  /** Higher score, then the shorter name (the closer match), then name and id for stability. */
  private before(a: number, b: number): boolean {
    const sa = this.scorer.total(a);
    const sb = this.scorer.total(b);
    if (sa !== sb) return sa > sb;
    const na = this.names[a] ?? '';
    const nb = this.names[b] ?? '';
    if (na.length !== nb.length) return na.length < nb.length;
    if (na !== nb) return na < nb;
    return (this.ids[a] ?? '') < (this.ids[b] ?? '');
  }

  private put(r: SearchRecord): void {
    const k = key(r.kind, r.id);
    this.drop(k);
    const d = this.free.pop() ?? this.ids.length;
    const fields = [...r.fields];
    eachRecordToken(fields, (tok, flags) => this.table.add(tok, d, flags));
    this.docOf.set(k, d);
    this.ids[d] = r.id;
    this.kinds[d] = r.kind;
    this.names[d] = foldText(fields[0] ?? '');
    this.fieldsOf[d] = fields;
  }

  private drop(k: string): boolean {
    const d = this.docOf.get(k);
    if (d === undefined) return false;
    eachRecordToken(this.fieldsOf[d] ?? [], (tok) => this.table.remove(tok, d));
    this.docOf.delete(k);
    this.fieldsOf[d] = undefined;
    this.names[d] = '';
    this.free.push(d);
    return true;
  }
}

function key(kind: RecordKind, id: string): string {
  return `${kind}\u0000${id}`;
}
