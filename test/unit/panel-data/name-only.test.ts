import { beforeEach, describe, expect, it } from 'vitest';
import { runCommand, type CommandDeps } from '@/lib/background/commands';
import { TabStates } from '@/lib/background/tab-state';
import type { AppDB } from '@/lib/db/app-db';
import { contactsNamed } from '@/lib/db/queries/contacts-by-name';
import { nameConfirmations } from '@/lib/db/queries/name-confirmations';
import { contactsByIds } from '@/lib/db/queries/people';
import { createAccount } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { confirmName, learnAddresses } from '@/lib/db/repos/name-confirmations';
import { PanelCommand } from '@/lib/messaging/pages-to-worker';
import { computeView } from '@/lib/panel-data/compute-view';
import { PageContext, type PageContextInput } from '@/lib/schema/page-context';
import { PanelView } from '@/lib/schema/panel-view';
import { namesMayMatch, nameKey } from '@/lib/search/person-name';
import { testDb } from '@/test/unit/db/test-db';

let db: AppDB;
beforeEach(async () => {
  db = testDb(`name-only-${Math.random()}`);
  await createAccount(db, { id: 'acme', name: 'Acme Logistics', domains: ['acme-logistics.example'] });
  await createAccount(db, { id: 'veter', name: 'ООО «Северный Ветер»', domains: ['severny-veter.example'] });
  await createAccount(db, { id: 'wine', name: 'Tbilisi Wine House', domains: ['tbilisi-wine.example'] });
  await createContact(db, {
    id: 'anna',
    accountId: 'acme',
    name: 'Anna Petrova',
    emails: ['anna.petrova@acme-logistics.example'],
  });
  await createContact(db, { id: 'anna2', accountId: 'wine', name: 'Anna Pétrova', title: 'Buyer' });
  await createContact(db, { id: 'loose', accountId: null, name: 'Anna Petrova' });
  await createContact(db, {
    id: 'igor',
    accountId: 'acme',
    name: 'Igor Smirnov',
    emails: ['igor.smirnov@acme-logistics.example'],
  });
  await createContact(db, { id: 'maria', accountId: 'veter', name: 'Мария Иванова' });
  await createContact(db, { id: 'giorgi', accountId: 'wine', name: 'გიორგი ბერიძე' });
});

const context = (people: PageContextInput['people'], extra: Partial<PageContextInput> = {}): PageContext =>
  PageContext.parse({
    site: 'outlook',
    url: 'https://outlook.office.com/mail/inbox/id/AAQk1',
    status: 'message',
    subject: 'Quarterly volumes',
    people,
    ...extra,
  });
const nameOnly = (name: string) => context([{ email: '', name, role: 'from' }]);

describe('contacts by name', () => {
  it('folds case, accents and word order, in Latin, Cyrillic and Georgian', async () => {
    expect((await contactsNamed(db, 'anna petrova')).map((c) => c.id).sort()).toEqual(['anna', 'anna2', 'loose']);
    expect((await contactsNamed(db, 'Petrova, Anna')).map((c) => c.id).sort()).toEqual(['anna', 'anna2', 'loose']);
    expect((await contactsNamed(db, 'ИВАНОВА Мария')).map((c) => c.id)).toEqual(['maria']);
    // Mtavruli capitals fold to everyday Mkhedruli (lib/search/fold.ts).
    expect((await contactsNamed(db, 'ᲒᲘᲝᲠᲒᲘ ბერიძე')).map((c) => c.id)).toEqual(['giorgi']);
    expect(await contactsNamed(db, 'Olga Petrova')).toEqual([]);
    expect(await contactsNamed(db, '  ')).toEqual([]);
  });

  it('a shorter name on either side still offers the person; a different word does not', () => {
    expect(namesMayMatch('Igor', 'Igor Smirnov')).toBe(true);
    expect(namesMayMatch('Igor V. Smirnov', 'Igor Smirnov')).toBe(true);
    expect(namesMayMatch('Igor Petrov', 'Igor Smirnov')).toBe(false);
    expect(nameKey('Petrova, Anna')).toBe(nameKey('anna PETROVA'));
  });
});

describe('the view of a name-only sender', () => {
  it('says so and offers the namesakes of a dossier with their account, never a match', async () => {
    const view = PanelView.parse(await computeView(db, { context: nameOnly('Anna Petrova'), pinnedAccountId: null }));
    expect(view.status).toBe('no-match');
    if (view.status !== 'no-match') return;
    expect(view.nameOnly?.name).toBe('Anna Petrova');
    expect(view.nameOnly?.candidates.map((c) => [c.contactId, c.accountName, c.confirmedBefore])).toEqual([
      ['anna', 'Acme Logistics', false],
      ['anna2', 'Tbilisi Wine House', false],
    ]);
  });

  it('offers none (and so manual search) for an unknown name; a sender with an address is not name-only', async () => {
    const unknown = await computeView(db, { context: nameOnly('Olga Sidorova'), pinnedAccountId: null });
    expect(unknown.status === 'no-match' && unknown.nameOnly).toEqual({ name: 'Olga Sidorova', candidates: [] });
    const stranger = await computeView(db, {
      context: context([{ email: 'olga@unknown.example', name: 'Olga Sidorova', role: 'from' }]),
      pinnedAccountId: null,
    });
    expect(stranger.status === 'no-match' && stranger.nameOnly).toBe(undefined);
  });

  it('lists the contact confirmed for the name before first', async () => {
    await confirmName(db, 'Anna Petrova', 'anna2');
    const view = await computeView(db, { context: nameOnly('Petrova, Anna'), pinnedAccountId: null });
    expect(view.status === 'no-match' && view.nameOnly?.candidates.map((c) => [c.contactId, c.confirmedBefore])).toEqual([
      ['anna2', true],
      ['anna', false],
    ]);
  });
});

describe('confirming and remembering', () => {
  const deps = (tabs: TabStates): CommandDeps => ({
    db,
    tabs,
    search: { query: () => Promise.resolve([]) } as unknown as CommandDeps['search'],
    openDashboard: () => Promise.resolve(),
  });

  it('confirming shows the dossier for this message and remembers the name', async () => {
    const tabs = new TabStates();
    tabs.setContext(7, nameOnly('Anna Petrova'));
    const cmd = PanelCommand.parse({ type: 'confirmNameOnly', contactId: 'anna2', name: 'Anna Petrova' });
    expect(await runCommand(deps(tabs), cmd, 7)).toEqual({ ok: true, value: { accountId: 'wine' } });
    const view = await computeView(db, tabs.get(7));
    expect(view.status === 'matched' && view.briefings.map((b) => [b.account.id, b.via])).toEqual([['wine', 'manual']]);
    expect((await nameConfirmations(db)).map((c) => [c.key, c.contactId])).toEqual([[nameKey('Anna Petrova'), 'anna2']]);
    // Another message is another sender: the pin does not carry over.
    tabs.setContext(7, nameOnly('Anna Petrova'));
    tabs.setContext(7, { ...nameOnly('Anna Petrova'), url: 'https://outlook.office.com/mail/inbox/id/AAQk2' });
    expect((await computeView(db, tabs.get(7))).status).toBe('no-match');
  });

  it('a contact without a dossier cannot be confirmed', async () => {
    const cmd = PanelCommand.parse({ type: 'confirmNameOnly', contactId: 'loose', name: 'Anna Petrova' });
    expect((await runCommand(deps(new TabStates()), cmd, 7)).ok).toBe(false);
  });

  it('the address shown later with the same name joins the confirmed contact, which then matches by email', async () => {
    await confirmName(db, 'Anna Petrova', 'anna2');
    // Other names and name-only sightings teach nothing.
    expect(await learnAddresses(db, [{ email: 'igor@elsewhere.example', name: 'Igor Smirnov', role: 'from' }])).toEqual([]);
    expect(await learnAddresses(db, [{ email: '', name: 'Anna Petrova', role: 'from' }])).toEqual([]);

    const revealed = context([{ email: 'Anna.Petrova@Tbilisi-Wine.example', name: 'Petrova, Anna', role: 'from' }]);
    expect(await learnAddresses(db, revealed.people)).toEqual(['anna2']);
    const [anna2] = await contactsByIds(db, ['anna2']);
    expect(anna2?.emails).toEqual(['anna.petrova@tbilisi-wine.example']);
    expect(await nameConfirmations(db)).toEqual([]);

    const view = await computeView(db, { context: revealed, pinnedAccountId: null });
    expect(view.status === 'matched' && view.briefings.map((b) => [b.account.id, b.via])).toEqual([['wine', 'email']]);
  });

  it('an address another contact already has stays with that contact', async () => {
    await confirmName(db, 'Anna Petrova', 'anna2');
    expect(
      await learnAddresses(db, [{ email: 'anna.petrova@acme-logistics.example', name: 'Anna Petrova', role: 'from' }]),
    ).toEqual([]);
    expect((await contactsByIds(db, ['anna2']))[0]?.emails).toEqual([]);
  });

  it('a dossier created for a name-only sender holds the person, is shown, and learns the address later', async () => {
    const tabs = new TabStates();
    tabs.setContext(3, nameOnly('Olga Sidorova'));
    const cmd = PanelCommand.parse({
      type: 'createAccount',
      name: 'Sidorova Consulting',
      domains: [],
      person: { name: 'Olga Sidorova', email: '' },
    });
    const r = await runCommand(deps(tabs), cmd, 3);
    expect(r.ok).toBe(true);
    const view = await computeView(db, tabs.get(3));
    expect(view.status === 'matched' && view.briefings[0]?.account.name).toBe('Sidorova Consulting');
    await learnAddresses(db, [{ email: 'olga@sidorova.example', name: 'Olga Sidorova', role: 'to' }]);
    const later = await computeView(db, {
      context: context([{ email: 'olga@sidorova.example', name: 'Olga Sidorova', role: 'from' }]),
      pinnedAccountId: null,
    });
    expect(later.status === 'matched' && later.briefings[0]?.people.map((p) => p.name)).toEqual(['Olga Sidorova']);
  });
});
