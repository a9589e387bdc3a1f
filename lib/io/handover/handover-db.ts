/**
 * A handover package of chosen accounts (docs/domain.md §1: a deputy takes the clients over
 * whole) and its import on the other Keyside. The sealed content is an ordinary backup file of
 * those accounts, so the import is the backup's own all-or-nothing path (lib/io/backup-db.ts):
 * the same validation, the same add/replace plan, one write transaction.
 */
import type { AppDB } from '@/lib/db/app-db';
import { recordsOfAccounts } from '@/lib/db/queries/handover-records';
import type { Backup } from '@/lib/schema';
import { planBackupImport, type ImportPlan } from '../backup-db';
import type { BackupProblem } from '../backup-parse';
import type { OpenFailure } from './format';
import { openHandover, sealHandover, type SealOptions } from './seal';

export interface HandoverExport {
  text: string;
  accounts: number;
}

export async function exportHandover(
  db: AppDB,
  accountIds: readonly string[],
  passphrase: string,
  opts: SealOptions = {},
): Promise<HandoverExport> {
  const records = await recordsOfAccounts(db, accountIds);
  const backup: Backup = {
    format: 'keyside-backup',
    version: 1,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    ...records,
    checklistTemplates: [],
    siteRules: [],
  };
  return { text: await sealHandover(JSON.stringify(backup), passphrase, opts), accounts: records.accounts.length };
}

export type HandoverPlan =
  | { ok: true; backup: Backup; plan: ImportPlan; accountNames: string[] }
  | { ok: false; reason: OpenFailure }
  /** It decrypted but its content is not a valid backup (a package from a broken build). */
  | { ok: false; reason: 'invalid-content'; problems: BackupProblem[] };

/** Opens a package and counts what it would add and replace; writes nothing. */
export async function planHandoverImport(db: AppDB, text: string, passphrase: string): Promise<HandoverPlan> {
  const opened = await openHandover(text, passphrase);
  if (!opened.ok) return opened;
  const planned = await planBackupImport(db, opened.plaintext);
  if (!planned.ok) return { ok: false, reason: 'invalid-content', problems: planned.problems };
  return { ok: true, backup: planned.backup, plan: planned.plan, accountNames: planned.backup.accounts.map((a) => a.name) };
}
