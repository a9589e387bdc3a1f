import * as postings from './postings';
import type { Entry } from './postings';

// A local copy: module-namespace reads per token add up over a 40k-record build.
const { addPosting, removePosting } = postings;

/**
 * The index's vocabulary: token → postings, and tokens by prefix. Entries are bucketed by
 * their first two UTF-16 code units (as numbers: no key strings to allocate); a bucket is an
 * array sorted by token, so a prefix's tokens are one contiguous run found by binary search,
 * and a query walks entries with no hash lookup per token (that lookup cost ~5 ms on a
 * two-letter query over 40k records).
 *
 * Measured choices (40k records, ~300k distinct tokens):
 * - Buckets are sorted lazily, the first time a query needs one (a few ms at most): one
 *   global sort of all tokens was ~0.5 s of the build.
 * - The token Map stays: deferring even that (appending raw token/posting pairs, merging per
 *   bucket on first use) built ~25% faster, but every occurrence then survived to the merge,
 *   garbage collection doubled, and first queries took up to ~100 ms instead of ~10 ms.
 * Order is code-unit order (`<`), never localeCompare: prefix runs are contiguous only in it.
 */
interface Bucket {
  entries: Entry[];
  sorted: boolean;
}

/** A run of matching entries: `entries[lo..hi)`. */
export interface Run {
  entries: readonly Entry[];
  lo: number;
  hi: number;
}

export class TokenTable {
  private readonly byToken = new Map<string, Entry>();
  /** First code unit → second code unit (-1 for one-letter tokens) → bucket. */
  private readonly buckets = new Map<number, Map<number, Bucket>>();

  get tokenCount(): number {
    return this.byToken.size;
  }

  /**
   * Note that `doc` holds `tok`. A bucket no query has sorted yet just gets the new token
   * appended, so building 40k records one by one costs the same as a bulk load; once a query
   * has sorted it, a new token goes straight to its place (an edit between keystrokes).
   */
  add(tok: string, doc: number, flags: number): void {
    const e = this.byToken.get(tok);
    if (e) {
      addPosting(e, doc, flags);
      return;
    }
    const entry: Entry = { t: tok, p: doc * 4 + flags };
    this.byToken.set(tok, entry);
    const b = this.bucket(tok, true);
    if (b.sorted) b.entries.splice(lowerBound(b.entries, tok), 0, entry);
    else b.entries.push(entry);
  }

  remove(tok: string, doc: number): void {
    const e = this.byToken.get(tok);
    if (!e || !removePosting(e, doc)) return;
    this.byToken.delete(tok);
    const b = this.bucket(tok, false);
    if (!b) return;
    const a = b.entries;
    // Unsorted (no query needed it yet): a pointer scan beats sorting it just to delete.
    const i = b.sorted ? lowerBound(a, tok) : a.indexOf(e);
    if (a[i] === e) a.splice(i, 1);
    if (a.length === 0) this.buckets.get(tok.charCodeAt(0))?.delete(second(tok));
  }

  private bucket(tok: string, create: true): Bucket;
  private bucket(tok: string, create: false): Bucket | undefined;
  private bucket(tok: string, create: boolean): Bucket | undefined {
    const c0 = tok.charCodeAt(0);
    let inner = this.buckets.get(c0);
    if (!inner) {
      if (!create) return undefined;
      this.buckets.set(c0, (inner = new Map<number, Bucket>()));
    }
    const c1 = second(tok);
    let b = inner.get(c1);
    if (!b && create) inner.set(c1, (b = { entries: [], sorted: false }));
    return b;
  }

  clear(): void {
    this.byToken.clear();
    this.buckets.clear();
  }

  /** Every entry whose token starts with `prefix`, as runs (one per bucket). */
  runs(prefix: string): Run[] {
    if (prefix.length === 0) return [];
    if (prefix.length === 1) {
      // Every entry of a bucket keyed by this letter matches: no sorting, no search.
      const inner = this.buckets.get(prefix.charCodeAt(0));
      return inner ? [...inner.values()].map((b) => ({ entries: b.entries, lo: 0, hi: b.entries.length })) : [];
    }
    const b = this.bucket(prefix, false);
    if (!b) return [];
    const a = sorted(b);
    const lo = lowerBound(a, prefix);
    let l = lo;
    let h = a.length;
    while (l < h) {
      const m = (l + h) >>> 1;
      if ((a[m]?.t ?? '').startsWith(prefix)) l = m + 1;
      else h = m;
    }
    return lo < l ? [{ entries: a, lo, hi: l }] : [];
  }
}

function second(tok: string): number {
  return tok.length > 1 ? tok.charCodeAt(1) : -1;
}

function sorted(b: Bucket): Entry[] {
  if (!b.sorted) {
    b.entries.sort((x, y) => (x.t < y.t ? -1 : 1));
    b.sorted = true;
  }
  return b.entries;
}

function lowerBound(a: readonly Entry[], t: string): number {
  let l = 0;
  let h = a.length;
  while (l < h) {
    const m = (l + h) >>> 1;
    if ((a[m]?.t ?? '') < t) l = m + 1;
    else h = m;
  }
  return l;
}
