/**
 * Hybrid logical clocks (Kulkarni et al.): a wall time in ms, a counter for events in the same ms
 * (or while the wall clock lags one already seen), and the device's node id. Written as one
 * fixed-width string, so clocks compare as strings: later wall time, then counter, then node.
 * Two devices never produce the same clock (different nodes), so every comparison has a winner.
 */
export interface Hlc {
  wall: number;
  count: number;
  node: string;
}

const WALL_DIGITS = 15;
const COUNT_DIGITS = 6;

export function formatHlc({ wall, count, node }: Hlc): string {
  return `${String(wall).padStart(WALL_DIGITS, '0')}-${String(count).padStart(COUNT_DIGITS, '0')}-${node}`;
}

/** Parses a clock written by formatHlc; undefined for anything else (a server document is outside input). */
export function parseHlc(s: string): Hlc | undefined {
  const m = /^(\d{15})-(\d{6})-([0-9a-f]{1,32})$/.exec(s);
  if (!m) return undefined;
  const [, wall, count, node] = m;
  return { wall: Number(wall), count: Number(count), node: node ?? '' };
}

export const isHlc = (s: unknown): s is string => typeof s === 'string' && parseHlc(s) !== undefined;

/** The later of two clocks (either may be absent). */
export function maxHlc(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** One device's clock: every tick is later than every clock it issued or received. */
export class HlcClock {
  private last: Hlc;

  constructor(
    readonly node: string,
    last?: string,
  ) {
    this.last = (last === undefined ? undefined : parseHlc(last)) ?? { wall: 0, count: 0, node };
  }

  /** A new clock for a local change made at `now` (ms). */
  tick(now: number): string {
    const wall = Math.max(this.last.wall, Math.floor(now));
    const count = wall === this.last.wall ? this.last.count + 1 : 0;
    this.last = { wall, count, node: this.node };
    return formatHlc(this.last);
  }

  /** Takes in a clock seen on another device, so later local ticks sort after it. */
  receive(remote: string): void {
    const r = parseHlc(remote);
    if (!r) return;
    if (r.wall > this.last.wall || (r.wall === this.last.wall && r.count > this.last.count))
      this.last = { wall: r.wall, count: r.count, node: this.node };
  }

  /** The latest clock, to persist between runs. */
  get latest(): string {
    return formatHlc(this.last);
  }
}
