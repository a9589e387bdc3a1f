import type { ClockRow } from '@/lib/db/sync-tables';
import type { HlcClock } from './hlc';
import { canonical, isDeleted, type RecordState } from './record-state';

/** A 53-bit hash of a field's canonical value (cyrb53): tells a changed field from an unchanged one. */
export function valueHash(v: unknown): string {
  const s = canonical(v);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function emptyRow(k: string): ClockRow {
  return { k, c: {}, p: {}, h: {} };
}

export function stateOf(record: Record<string, unknown> | undefined, row: ClockRow): RecordState {
  const fields: Record<string, unknown> = {};
  if (record) for (const [name, v] of Object.entries(record)) if (v !== undefined) fields[name] = v;
  return row.d === undefined ? { fields, clocks: row.c, prev: row.p } : { fields, clocks: row.c, prev: row.p, deleted: row.d };
}

/**
 * Gives each field changed since it was last stamped a new clock from `clock` at the change's
 * time `at` (ms): a field's value hash differs from the stamped one. A missing record gets a
 * deletion clock; a record written again after its deletion gets every field restamped, later
 * than the deletion. Returns the record's state and its new clock row (`changed` when any stamp).
 */
export function stamp(
  k: string,
  record: Record<string, unknown> | undefined,
  old: ClockRow | undefined,
  at: number,
  clock: HlcClock,
): { state: RecordState; row: ClockRow; changed: boolean } {
  const row: ClockRow = old
    ? { k, c: { ...old.c }, p: { ...old.p }, h: { ...old.h }, ...(old.d ? { d: old.d } : {}) }
    : emptyRow(k);
  let changed = false;
  const set = (name: string, hash: string) => {
    if (row.c[name] !== undefined) row.p[name] = row.c[name];
    row.c[name] = clock.tick(at);
    row.h[name] = hash;
    changed = true;
  };
  if (record === undefined) {
    if (Object.keys(row.c).length > 0 && !isDeleted(stateOf(undefined, row))) {
      row.d = clock.tick(at);
      changed = true;
    }
    return { state: stateOf(undefined, row), row, changed };
  }
  if (row.d !== undefined) clock.receive(row.d);
  const wasDeleted = row.d !== undefined && isDeleted(stateOf(record, row));
  for (const name of new Set([...Object.keys(record), ...Object.keys(row.c)])) {
    const hash = valueHash(record[name]);
    if (wasDeleted || row.h[name] !== hash) set(name, hash);
  }
  return { state: stateOf(record, row), row, changed };
}

/** The clock row that matches a merged state (after a pull). */
export function rowOf(k: string, state: RecordState): ClockRow {
  const h: Record<string, string> = {};
  for (const name of Object.keys(state.clocks)) h[name] = valueHash(state.fields[name]);
  const row: ClockRow = { k, c: state.clocks, p: state.prev, h };
  if (state.deleted !== undefined) row.d = state.deleted;
  return row;
}
