import { z } from 'zod';
import { Backup, backupTableNames, backupTables, type BackupTable } from '@/lib/schema';
import { checkBackupShape, jsonPath, validateWhole, type BackupProblem } from './backup-parse';

/**
 * A backup checked in two steps, so the dashboard can write while it validates (issue 13): first
 * everything but the records' own fields (JSON, format, depth, duplicate ids, references — one
 * cheap pass each), then the records chunk by chunk (`checkRecords`), each chunk while the one
 * before it is being written. Together they find exactly the problems parseBackupText finds.
 */

/** The file's header with the record lists as lists of anything: their records are checked later. */
const Header = Backup.extend(
  Object.fromEntries(backupTableNames.map((n) => [n, z.array(z.unknown()).default([])])) as Record<
    BackupTable,
    z.ZodDefault<z.ZodArray<z.ZodUnknown>>
  >,
);

export type RawBackup = Record<BackupTable, unknown[]> & Record<string, unknown>;

/** `problems` empty: the records may still fail their own checks. */
export type Prechecked = { ok: false; problems: BackupProblem[] } | { ok: true; raw: RawBackup; problems: BackupProblem[] };

/** Everything parseBackupText checks except each record's fields; never throws. */
export function precheckBackupText(text: string, existingAccountIds: ReadonlySet<string> = new Set()): Prechecked {
  const shape = checkBackupShape(text, existingAccountIds);
  if (!shape.ok) return shape;
  const header = Header.safeParse(shape.raw);
  if (!header.success) {
    // A broken header (a list that is not a list, a wrong version): report as the whole check does.
    const whole = validateWhole(shape.raw, shape.problems);
    return { ok: false, problems: whole.ok ? [] : whole.problems };
  }
  return { ok: true, raw: header.data, problems: shape.problems };
}

function fromZod(error: z.ZodError, prefix: PropertyKey[]): BackupProblem[] {
  return error.issues.map((i) => ({ path: jsonPath([...prefix, ...i.path]), message: i.message }));
}

/** The records at `indexes` of one list, validated: their parsed values in that order, or the problems with their paths in the file. */
export function checkRecords(
  table: BackupTable,
  list: readonly unknown[],
  indexes: readonly number[],
): { values: unknown[]; problems: BackupProblem[] } {
  const schema = backupTables[table];
  const values: unknown[] = [];
  const problems: BackupProblem[] = [];
  for (const i of indexes) {
    const r = schema.safeParse(list[i]);
    if (r.success) values.push(r.data);
    else problems.push(...fromZod(r.error, [table, i]));
  }
  return { values, problems };
}

/**
 * The order to write a list in: history grouped by account, in one linear pass, so each chunk
 * touches the activity digests (lib/db/activity-middleware.ts) of few accounts — an export lists
 * history by id, and chunks in that order would read and rewrite nearly every account's digest
 * once per chunk. Other lists keep the file's order.
 */
export function writeOrder(table: BackupTable, list: readonly unknown[]): number[] {
  const indexes = list.map((_, i) => i);
  if (table !== 'interactions') return indexes;
  const groups = new Map<unknown, number[]>();
  for (const i of indexes) {
    const key = (list[i] as { accountId?: unknown } | null)?.accountId;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()].flat();
}

/** Problems in the file's order: by list, then by record (chunks may check records out of order). */
export function inFileOrder(problems: BackupProblem[]): BackupProblem[] {
  const order = new Map(backupTableNames.map((n, i) => [n, i]));
  const key = (p: BackupProblem): [number, number] => {
    const m = /^\$\.(\w+)\[(\d+)\]/.exec(p.path);
    return m ? [order.get(m[1] as BackupTable) ?? -1, Number(m[2])] : [-1, -1];
  };
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.p);
}
