import { z } from 'zod';
import { Account } from './account';
import { ChecklistTemplate } from './checklist-template';
import { IsoDate } from './common';
import { Contact } from './contact';
import { Interaction } from './interaction';
import { Meeting } from './meeting';
import { SiteRule } from './site-rule';
import { Task } from './task';

/** The entity lists of a backup, in the order they are written and imported. */
export const backupTables = {
  accounts: Account,
  contacts: Contact,
  interactions: Interaction,
  tasks: Task,
  meetings: Meeting,
  checklistTemplates: ChecklistTemplate,
  siteRules: SiteRule,
} as const;
export type BackupTable = keyof typeof backupTables;
export const backupTableNames = Object.keys(backupTables) as BackupTable[];

/** Backup file, version 1 (docs/contract.md). Unknown top-level keys are kept. */
export const Backup = z.looseObject({
  format: z.literal('keyside-backup', { error: 'format must be "keyside-backup"' }),
  version: z.literal(1, { error: 'version must be 1' }),
  exportedAt: IsoDate.optional(),
  accounts: z.array(Account).default([]),
  contacts: z.array(Contact).default([]),
  interactions: z.array(Interaction).default([]),
  tasks: z.array(Task).default([]),
  meetings: z.array(Meeting).default([]),
  checklistTemplates: z.array(ChecklistTemplate).default([]),
  siteRules: z.array(SiteRule).default([]),
});
export type Backup = z.infer<typeof Backup>;
