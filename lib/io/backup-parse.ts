import type { z } from 'zod';
import { Backup, backupTableNames, type BackupTable } from '@/lib/schema';

/** Backups past this size are refused before reading: a tab parsing gigabytes would hang. */
export const MAX_BACKUP_BYTES = 150 * 1024 * 1024;

/**
 * Records nest a few levels deep; unknown fields from newer versions may add some. Deeper JSON
 * is refused: writing it would overflow the stack of IndexedDB's structured clone mid-import.
 */
export const MAX_BACKUP_DEPTH = 64;

export interface BackupProblem {
  /** JSON path such as `$.accounts[3].name`. */
  path: string;
  message: string;
}

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) =>
      typeof p === 'number'
        ? `${acc}[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(p))
          ? `${acc}.${String(p)}`
          : `${acc}[${JSON.stringify(String(p))}]`,
    '$',
  );
}

function fromZod(error: z.ZodError): BackupProblem[] {
  return error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }));
}

/** Ids must be unique within each list, or the import would silently keep only the last one. */
interface RawRecord {
  id?: unknown;
  accountId?: unknown;
  referrerAccountId?: unknown;
  referredAccountId?: unknown;
}
type RawBackup = Partial<Record<BackupTable, unknown>>;

/** The records of a list as far as they can be read: checks below run even when the schema fails. */
function rows(raw: RawBackup, table: BackupTable): RawRecord[] {
  const list = raw[table];
  return Array.isArray(list) ? list.map((r) => (typeof r === 'object' && r !== null ? (r as RawRecord) : {})) : [];
}

function duplicateIds(raw: RawBackup): BackupProblem[] {
  const problems: BackupProblem[] = [];
  for (const table of backupTableNames) {
    const seen = new Map<string, number>();
    rows(raw, table).forEach((rec, index) => {
      if (typeof rec.id !== 'string') return;
      const first = seen.get(rec.id);
      if (first === undefined) seen.set(rec.id, index);
      else
        problems.push({ path: `$.${table}[${index}].id`, message: `duplicate id "${rec.id}" (first at $.${table}[${first}])` });
    });
  }
  return problems;
}

/**
 * Records that point at an account must find it in the file or among `existingAccountIds`.
 * Tasks are exempt: an open follow-up outlives its deleted account by design.
 */
function danglingRefs(raw: RawBackup, existingAccountIds: ReadonlySet<string>): BackupProblem[] {
  const known = new Set([...existingAccountIds, ...rows(raw, 'accounts').map((a) => String(a.id))]);
  const problems: BackupProblem[] = [];
  const check = (table: BackupTable, field: 'accountId' | 'referrerAccountId' | 'referredAccountId' = 'accountId') =>
    rows(raw, table).forEach((rec, index) => {
      const id = rec[field];
      if (typeof id === 'string' && !known.has(id))
        problems.push({ path: `$.${table}[${index}].${field}`, message: `no account with id "${id}"` });
    });
  const byAccount = [
    'contacts',
    'interactions',
    'meetings',
    'contracts',
    'invoices',
    'complaintCases',
    'personRelations',
    'planFigures',
  ];
  for (const table of byAccount as BackupTable[]) check(table);
  check('referrals', 'referrerAccountId');
  check('referrals', 'referredAccountId');
  return problems;
}

interface Visit {
  value: unknown;
  key: PropertyKey;
  parent: Visit | undefined;
  depth: number;
}

/**
 * Whether any value is nested deeper than MAX_BACKUP_DEPTH. Runs over every value of every
 * import, so it allocates nothing per value (two plain stacks, containers only): the path is
 * looked for only when the answer is yes.
 */
function anyTooDeep(root: unknown): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  const push = (child: unknown, depth: number) => {
    if (typeof child !== 'object' || child === null) return;
    values.push(child);
    depths.push(depth);
  };
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_BACKUP_DEPTH) return true;
    if (Array.isArray(v)) for (const child of v as unknown[]) push(child, depth + 1);
    else for (const key of Object.keys(v)) push((v as Record<string, unknown>)[key], depth + 1);
  }
  return false;
}

/**
 * The JSON path of a value nested deeper than MAX_BACKUP_DEPTH, if any. Walks with its own stack
 * (deep input must not overflow ours either) and keeps a parent link instead of a path per value,
 * so it stays linear in the file's size.
 */
function tooDeep(root: unknown): string | undefined {
  const stack: Visit[] = [{ value: root, key: '', parent: undefined, depth: 0 }];
  for (let at = stack.pop(); at; at = stack.pop()) {
    const { value, depth } = at;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BACKUP_DEPTH) {
      const path: PropertyKey[] = [];
      for (let v = at; v.parent; v = v.parent) path.unshift(v.key);
      return jsonPath(path);
    }
    if (Array.isArray(value)) value.forEach((child, i) => stack.push({ value: child, key: i, parent: at, depth: depth + 1 }));
    else for (const [key, child] of Object.entries(value)) stack.push({ value: child, key, parent: at, depth: depth + 1 });
  }
  return undefined;
}

/**
 * Everything but the records' own fields: JSON, format, depth (each a reason to stop), then
 * duplicate ids and dangling references (reported with the rest). Never throws.
 */
export function checkBackupShape(
  text: string,
  existingAccountIds: ReadonlySet<string> = new Set(),
): { ok: false; problems: BackupProblem[] } | { ok: true; raw: object; problems: BackupProblem[] } {
  let raw: unknown;
  const started = performance.now();
  try {
    raw = JSON.parse(text);
    // Read by test/tools/profile-import.mjs: the parse's share of an import.
    performance.measure('keyside-import-json', { start: started, end: performance.now() });
  } catch (e) {
    return { ok: false, problems: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problems: [{ path: '$', message: 'expected a JSON object with "format": "keyside-backup"' }] };
  if ((raw as { format?: unknown }).format !== 'keyside-backup')
    return { ok: false, problems: [{ path: '$.format', message: 'not a Keyside backup: format must be "keyside-backup"' }] };
  const deep = anyTooDeep(raw) ? tooDeep(raw) : undefined;
  if (deep) return { ok: false, problems: [{ path: deep, message: `nested more than ${MAX_BACKUP_DEPTH} levels deep` }] };
  return { ok: true, raw, problems: [...duplicateIds(raw), ...danglingRefs(raw, existingAccountIds)] };
}

/** Parses and validates a backup file's text; never throws. */
export function parseBackupText(text: string, existingAccountIds: ReadonlySet<string> = new Set()): BackupParseResult {
  const shape = checkBackupShape(text, existingAccountIds);
  if (!shape.ok) return shape;
  return validateWhole(shape.raw, shape.problems);
}

/** The whole file through the Backup schema, with the shape's problems after the schema's. */
export function validateWhole(raw: object, shapeProblems: BackupProblem[]): BackupParseResult {
  const parsed = Backup.safeParse(raw);
  const problems = [...(parsed.success ? [] : fromZod(parsed.error)), ...shapeProblems];
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, backup: parsed.data };
}
