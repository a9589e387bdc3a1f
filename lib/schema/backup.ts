import { z } from 'zod';
import { Account } from './account';
import { ChecklistTemplate } from './checklist-template';
import { IsoDate } from './common';
import { Contact } from './contact';
import { Interaction } from './interaction';
import { Meeting } from './meeting';
import { SiteRule } from './site-rule';
import { Task } from './task';
import { Contract } from './contract';
import { Invoice } from './invoice';
import { ComplaintCase } from './complaint-case';
import { PersonRelation } from './person-relation';
import { Referral } from './referral';
import { PlanFigure } from './plan-figure';

/** The entity lists of a backup, in the order they are written and imported. */
export const backupTables = {
  accounts: Account,
  contacts: Contact,
  interactions: Interaction,
  tasks: Task,
  meetings: Meeting,
  checklistTemplates: ChecklistTemplate,
  siteRules: SiteRule,
  // The complete dossier (docs/domain.md §2–§3): absent from older files, which import as before.
  contracts: Contract,
  invoices: Invoice,
  complaintCases: ComplaintCase,
  personRelations: PersonRelation,
  referrals: Referral,
  planFigures: PlanFigure,
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
  contracts: z.array(Contract).default([]),
  invoices: z.array(Invoice).default([]),
  complaintCases: z.array(ComplaintCase).default([]),
  personRelations: z.array(PersonRelation).default([]),
  referrals: z.array(Referral).default([]),
  planFigures: z.array(PlanFigure).default([]),
});
export type Backup = z.infer<typeof Backup>;
