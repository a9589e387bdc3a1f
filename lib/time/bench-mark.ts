/**
 * A named point on this context's performance timeline, in the e2e/bench build only: the cold
 * path's profile (`node test/tools/bench-cold.mjs --profile`) reads them from the page, the
 * worker and the panel and lines them up on one clock. Release builds drop the call.
 */
export function benchMark(name: string): void {
  if (import.meta.env.MODE === 'e2e') performance.mark(`keyside:${name}`);
}
