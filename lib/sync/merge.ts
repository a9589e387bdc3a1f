import { maxHlc } from './hlc';
import { canonical, type RecordState } from './record-state';

export interface Merged {
  state: RecordState;
  /**
   * Fields changed on both sides without either seeing the other's change: the loser's clock is
   * later than the clock the winner's change replaced, and the values differ.
   */
  conflicts: string[];
}

/**
 * Merges two versions of one record field by field: each field takes the value (and the
 * replaced clock) of its later clock; equal clocks with different values (impossible between
 * honest devices) resolve to the larger canonical value so both devices choose the same. The
 * deletion clock is the later of the two. Commutative, associative and idempotent, so devices
 * that have seen the same versions hold the same record in any order (test/unit/sync/merge.test.ts).
 */
export function mergeStates(a: RecordState, b: RecordState): Merged {
  const fields: Record<string, unknown> = {};
  const clocks: Record<string, string> = {};
  const prev: Record<string, string> = {};
  const conflicts: string[] = [];
  const names = new Set([...Object.keys(a.clocks), ...Object.keys(b.clocks)]);
  for (const name of [...names].sort()) {
    const ca = a.clocks[name];
    const cb = b.clocks[name];
    const va = a.fields[name];
    const vb = b.fields[name];
    let takeB: boolean;
    if (ca === undefined) takeB = true;
    else if (cb === undefined) takeB = false;
    else if (ca !== cb) takeB = cb > ca;
    else takeB = canonical(vb) > canonical(va);
    const [win, lose] = takeB ? [b, a] : [a, b];
    const loserClock = lose.clocks[name];
    if (
      loserClock !== undefined &&
      loserClock !== win.clocks[name] &&
      loserClock > (win.prev[name] ?? '') &&
      canonical(va) !== canonical(vb)
    )
      conflicts.push(name);
    const clock = win.clocks[name];
    if (clock !== undefined) clocks[name] = clock;
    if (win.prev[name] !== undefined) prev[name] = win.prev[name];
    if (win.fields[name] !== undefined) fields[name] = win.fields[name];
  }
  const deleted = maxHlc(a.deleted, b.deleted);
  const state: RecordState = deleted === undefined ? { fields, clocks, prev } : { fields, clocks, prev, deleted };
  return { state, conflicts };
}

/** Merges any number of versions (the local record and a document's revisions), with every step's conflicts. */
export function mergeAll(first: RecordState, rest: RecordState[]): Merged {
  let acc: Merged = { state: first, conflicts: [] };
  for (const s of rest) {
    const next = mergeStates(acc.state, s);
    acc = { state: next.state, conflicts: [...new Set([...acc.conflicts, ...next.conflicts])] };
  }
  return acc;
}
