/**
 * The records holding one token. A posting is one number, `doc * 4 + flags`, so walking a
 * token's records touches no objects. Most tokens (an address, a domain) belong to a single
 * record; those keep the bare number, which spared ~200k small arrays — and much of the
 * garbage collection — on a 40k-record build (measured).
 */
export interface Entry {
  readonly t: string;
  p: number | number[];
}

/** Note that `doc` holds the entry's token; repeated calls for one doc merge flags. */
export function addPosting(e: Entry, doc: number, flags: number): void {
  const cur = e.p;
  if (typeof cur === 'number') {
    e.p = cur >>> 2 === doc ? cur | flags : [cur, doc * 4 + flags];
    return;
  }
  // A record's tokens are added together, so its earlier posting, if any, is the last.
  const last = cur[cur.length - 1] ?? -1;
  if (last >>> 2 === doc) cur[cur.length - 1] = last | flags;
  else cur.push(doc * 4 + flags);
}

/** Forget `doc`. True when no record holds the token any more. */
export function removePosting(e: Entry, doc: number): boolean {
  const cur = e.p;
  if (typeof cur === 'number') return cur >>> 2 === doc;
  const i = cur.findIndex((p) => p >>> 2 === doc);
  if (i < 0) return false;
  cur[i] = cur[cur.length - 1] ?? 0;
  cur.pop();
  if (cur.length === 1) e.p = cur[0] ?? 0;
  return cur.length === 0;
}
