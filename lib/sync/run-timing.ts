/**
 * Wall-clock milliseconds one sync run spends per step (syncState 'lastRuns', lib/sync/space.ts):
 * where an initial sync of a large space goes — stamping, sealing, the mirror, the network,
 * opening, merging into Dexie — for `npm run bench` (test/tools/bench-sync.mjs) and a support
 * question alike. Steps may overlap a little where they run concurrently; each adds its own time.
 */
export class RunTiming {
  private readonly spent: Record<string, number> = {};

  async time<T>(step: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.spent[step] = (this.spent[step] ?? 0) + performance.now() - started;
    }
  }

  /** Adds the time since `since` (performance.now()) to `step`; returns now, the next step's start. */
  add(step: string, since: number): number {
    const now = performance.now();
    this.spent[step] = (this.spent[step] ?? 0) + now - since;
    return now;
  }

  /** Whole milliseconds per step. */
  get ms(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.spent).map(([step, ms]) => [step, Math.round(ms)]));
  }
}
