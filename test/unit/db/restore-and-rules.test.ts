import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { siteRules } from '@/lib/db/queries/site-rules';
import { templatesInOrder } from '@/lib/db/queries/templates';
import { createContact, deleteContact } from '@/lib/db/repos/contacts';
import { addInteraction, deleteInteraction, resolveInteraction } from '@/lib/db/repos/interactions';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { addSiteRule, deleteSiteRule, updateSiteRule } from '@/lib/db/repos/site-rules';
import { exportBackup } from '@/lib/io/backup-db';
import { addTask, deleteTask } from '@/lib/db/repos/tasks';
import { deleteTemplate, moveTemplate, restoreTemplates, saveTemplate, snapshotTemplates } from '@/lib/db/repos/templates';
import { testDb } from './test-db';

let db: AppDB;

beforeEach(() => {
  db = testDb(`restore-${Math.random()}`);
});

const rule = { id: 'r1', name: 'CRM', urlPattern: 'https://crm.example.com/*', emailSelector: '.email' };

describe('restore after undo', () => {
  it('puts a deleted follow-up, person, history entry and site rule back exactly', async () => {
    const task = await addTask(db, { accountId: 'a', title: 'Call back', due: '2026-12-01' });
    const person = await createContact(db, { accountId: 'a', name: 'Anna', emails: ['anna@acme.example'] });
    const entry = await addInteraction(db, { accountId: 'a', at: '2026-11-01T10:00:00.000Z', kind: 'note', summary: 'Hi' });
    await addSiteRule(db, rule);

    const deleted = [
      { table: 'tasks', record: (await deleteTask(db, task.id))! },
      (await deleteContact(db, person.id))!,
      { table: 'interactions', record: (await deleteInteraction(db, entry.id))! },
      { table: 'siteRules', record: (await deleteSiteRule(db, rule.id))! },
    ] as const;
    expect([
      await db.tasks.count(),
      await db.contacts.count(),
      await db.interactions.count(),
      await db.siteRules.count(),
    ]).toEqual([0, 0, 0, 0]);

    for (const d of deleted) await restoreDeleted(db, d);
    expect(await db.tasks.get(task.id)).toEqual(task);
    expect(await db.contacts.get(person.id)).toEqual(person);
    expect(await db.interactions.get(entry.id)).toEqual(entry);
    expect(await db.siteRules.get(rule.id)).toEqual(rule);
  });
});

describe('site rules', () => {
  it('adds a valid rule and refuses an invalid one', async () => {
    await addSiteRule(db, rule);
    await expect(addSiteRule(db, { ...rule, id: 'r2', urlPattern: 'not a pattern' })).rejects.toThrow();
    expect((await siteRules(db)).map((r) => r.id)).toEqual(['r1']);
  });

  it('an edit replaces the rule, refuses a missing or invalid one, and a taught rule goes into the backup', async () => {
    await addSiteRule(db, rule);
    const taught = {
      ...rule,
      emailSelector: 'crm-card >>> a[href^="mailto:"]',
      emailAttribute: 'href',
      nameSelector: 'crm-card >>> h2',
    };
    await updateSiteRule(db, taught);
    await expect(updateSiteRule(db, { ...rule, id: 'gone' })).rejects.toThrow();
    await expect(updateSiteRule(db, { ...rule, urlPattern: 'crm.example.com' })).rejects.toThrow();
    expect(await siteRules(db)).toEqual([taught]);
    expect((await exportBackup(db)).siteRules).toEqual([taught]);
  });

  it('deleting a missing rule returns nothing', async () => {
    expect(await deleteSiteRule(db, 'nope')).toBeUndefined();
  });
});

describe('interactions', () => {
  it('resolving closes an open complaint and keeps everything else', async () => {
    const c = await addInteraction(db, {
      accountId: 'a',
      kind: 'complaint',
      at: '2026-11-01T10:00:00.000Z',
      summary: 'Late delivery',
      state: 'open',
    });
    await resolveInteraction(db, c.id);
    expect(await db.interactions.get(c.id)).toEqual({ ...c, state: 'closed' });
  });
});

describe('templates', () => {
  const tpl = (id: string, order: number) => ({
    id,
    name: id,
    meetingType: id,
    order,
    items: [{ id: `${id}-i`, text: 'x' }],
    remindBeforeMin: 30,
    builtIn: false,
  });

  it('save, move, delete and undo through a snapshot', async () => {
    for (const [i, id] of ['a', 'b', 'c'].entries()) await saveTemplate(db, tpl(id, i * 10));
    await moveTemplate(db, 'c', -1);
    expect((await templatesInOrder(db)).map((t) => [t.id, t.order])).toEqual([
      ['a', 0],
      ['c', 1],
      ['b', 2],
    ]);

    const snapshot = await snapshotTemplates(db);
    await deleteTemplate(db, 'a');
    expect(await db.checklistTemplates.count()).toBe(2);
    await restoreTemplates(db, snapshot);
    expect((await templatesInOrder(db)).map((t) => t.id)).toEqual(['a', 'c', 'b']);
  });

  it('refuses a template without a name', async () => {
    await expect(saveTemplate(db, { ...tpl('a', 0), name: ' ' })).rejects.toThrow();
    expect(await db.checklistTemplates.count()).toBe(0);
  });
});
