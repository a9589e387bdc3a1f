import * as recordTokens from './record-tokens';
import type { Run } from './token-table';

// A local copy: `score` runs once per posting (see tokenize.ts on module-namespace reads).
const { score } = recordTokens;

/** One query word and the vocabulary runs it prefix-matches. */
export interface Round {
  w: string;
  runs: Run[];
  size: number;
}

/**
 * Scores one query at a time over internal doc numbers. Scratch arrays are reused across
 * queries and reset by an epoch stamp, so a keystroke allocates nothing per record.
 */
export class Scorer {
  private epochOf = new Int32Array(0);
  private roundsOf = new Int32Array(0);
  private totalOf = new Int32Array(0);
  private bestOf = new Int32Array(0);
  private epoch = 0;

  /** The last query's score of `doc`. */
  total(doc: number): number {
    return this.totalOf[doc] ?? 0;
  }

  /**
   * Docs matching every round (AND), each scored: per round its best token, summed over
   * rounds. Round k keeps a doc only if it matched rounds 0..k-1, so the narrowest round
   * should come first: it seeds the candidates, later rounds can only discard them.
   */
  collect(rounds: readonly Round[], docCount: number): number[] {
    this.prepare(docCount);
    const { epochOf, roundsOf, totalOf, bestOf, epoch } = this;
    const candidates: number[] = [];
    rounds.forEach(({ w, runs }, k) => {
      const visit = (p: number, exact: boolean) => {
        const d = p >>> 2;
        const s = score(exact, p & 3);
        if (epochOf[d] !== epoch) {
          if (k !== 0) return;
          epochOf[d] = epoch;
          roundsOf[d] = 1;
          totalOf[d] = bestOf[d] = s;
          candidates.push(d);
        } else if (roundsOf[d] === k) {
          roundsOf[d] = k + 1;
          totalOf[d] = (totalOf[d] ?? 0) + s;
          bestOf[d] = s;
        } else if (roundsOf[d] === k + 1 && s > (bestOf[d] ?? 0)) {
          totalOf[d] = (totalOf[d] ?? 0) + s - (bestOf[d] ?? 0);
          bestOf[d] = s;
        }
      };
      for (const { entries, lo, hi } of runs) {
        for (let i = lo; i < hi; i++) {
          const e = entries[i];
          if (!e) continue;
          const exact = e.t.length === w.length;
          if (typeof e.p === 'number') visit(e.p, exact);
          else for (const p of e.p) visit(p, exact);
        }
      }
    });
    return candidates.filter((d) => roundsOf[d] === rounds.length);
  }

  private prepare(docCount: number): void {
    if (this.epochOf.length < docCount) {
      const cap = Math.max(1024, docCount * 2);
      this.epochOf = new Int32Array(cap);
      this.roundsOf = new Int32Array(cap);
      this.totalOf = new Int32Array(cap);
      this.bestOf = new Int32Array(cap);
      this.epoch = 0;
    }
    if (++this.epoch > 0x3fffffff) {
      this.epochOf.fill(0);
      this.epoch = 1;
    }
  }
}
