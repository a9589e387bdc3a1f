import { maxHlc } from './hlc';

/**
 * A synced record as merged: its fields, each field's clock, and the clock of its deletion. A
 * field present in `clocks` but absent from `fields` was removed (set to undefined) at that clock.
 * A record is deleted when its deletion clock is later than every field clock (an edit after a
 * deletion brings it back).
 */
export interface RecordState {
  fields: Record<string, unknown>;
  clocks: Record<string, string>;
  /** Per field, the clock of the value its change replaced: tells a concurrent edit from a later one. */
  prev: Record<string, string>;
  deleted?: string;
}

export function isDeleted(s: RecordState): boolean {
  if (s.deleted === undefined) return false;
  let latest: string | undefined;
  for (const c of Object.values(s.clocks)) latest = maxHlc(latest, c);
  return latest === undefined || s.deleted > latest;
}

/**
 * JSON with object keys sorted: one spelling per value, for equality and the tie-break. Values
 * come from IndexedDB records (plain data: no cycles, functions or dates as objects).
 */
export function canonical(v: unknown): string {
  if (v === undefined) return '';
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v);
  // A function, symbol or bigint is never in a record and has no JSON.
  if (typeof v !== 'object') return '';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
}
