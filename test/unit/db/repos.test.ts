import { ConflictError, toUserFacing } from '@/lib/db/errors';
import { createAccount, deleteAccount, restoreAccount, updateAccount } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { logEmailOnce } from '@/lib/db/repos/interactions';
import { addTask } from '@/lib/db/repos/tasks';
import { getSettings, saveSettings } from '@/lib/db/repos/settings';
import { testDb } from './test-db';

describe('repos', () => {
  it('two tabs editing the same field: the second save is refused, not silently lost', async () => {
    const db = testDb();
    const a = await createAccount(db, { name: 'Acme', summary: 'old' });
    // Tab 1 and tab 2 both loaded summary "old"; tab 1 saves first.
    await updateAccount(db, a.id, { summary: 'from tab 1' }, { summary: 'old' });
    await expect(updateAccount(db, a.id, { summary: 'from tab 2' }, { summary: 'old' })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.accounts.get(a.id))!.summary).toBe('from tab 1');
    // A different field from a stale editor still saves: only real conflicts are refused.
    await updateAccount(db, a.id, { region: 'North' }, { region: '' });
    expect((await db.accounts.get(a.id))!.region).toBe('North');
  });

  it('rejects invalid edits with the schema message and writes nothing', async () => {
    const db = testDb();
    const a = await createAccount(db, { name: 'Acme' });
    await expect(updateAccount(db, a.id, { name: '  ' })).rejects.toThrow(/name must not be empty/);
    expect((await db.accounts.get(a.id))!.name).toBe('Acme');
  });

  it('deleting an account keeps its open follow-ups; undo brings everything back', async () => {
    const db = testDb();
    const a = await createAccount(db, { name: 'Acme', domains: ['acme.example'] });
    await createContact(db, { accountId: a.id, name: 'Anna', emails: ['anna@acme.example'] });
    const open = await addTask(db, { accountId: a.id, title: 'Send proposal', due: '2026-12-01' });
    await addTask(db, { accountId: a.id, title: 'Old', due: null, status: 'done' });
    await logEmailOnce(db, { accountId: a.id, at: '2026-11-01T10:00:00.000Z', summary: 'Hi', source: { messageId: 'm1' } });

    const snapshot = await deleteAccount(db, a.id);
    expect(await db.accounts.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.interactions.count()).toBe(0);
    expect((await db.tasks.toArray()).map((t) => t.id)).toEqual([open.id]);

    await restoreAccount(db, snapshot!);
    expect(await db.accounts.count()).toBe(1);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.interactions.count()).toBe(1);
    expect(await db.tasks.count()).toBe(2);
  });

  it('logs the same email once per account', async () => {
    const db = testDb();
    const a = await createAccount(db, { name: 'Acme' });
    const first = await logEmailOnce(db, {
      accountId: a.id,
      at: '2026-11-01T10:00:00.000Z',
      summary: 'Q4',
      source: { messageId: '<m1@x>' },
    });
    const again = await logEmailOnce(db, {
      accountId: a.id,
      at: '2026-11-01T10:00:00.000Z',
      summary: 'Q4',
      source: { messageId: '<m1@x>' },
    });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.interaction.id).toBe(first.interaction.id);
    expect(await db.interactions.count()).toBe(1);
  });

  it('a full disk becomes a clear, localizable error', () => {
    expect(toUserFacing(new DOMException('quota', 'QuotaExceededError')).key).toBe('errorDiskFull');
    expect(toUserFacing({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).key).toBe('errorDiskFull');
    expect(toUserFacing(new Error('boom')).key).toBe('errorUnexpected');
  });

  it('settings default sensibly and normalise domains', async () => {
    const db = testDb();
    expect((await getSettings(db)).freemailDomains).toContain('mail.ru');
    const s = await saveSettings(db, { ownDomains: ['WWW.Keyside.Example'] });
    expect(s.ownDomains).toEqual(['keyside.example']);
  });
});
