/**
 * The fastest of `runs` timings of `work`, in milliseconds. Noise on a shared machine (garbage
 * collection, another process on the core) only ever adds time, so the fastest run is the one
 * closest to the work itself; a parser that is quadratic is slow in every run, so the linear-time
 * checks lose none of their power by taking it.
 */
export function fastestMs(work: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
