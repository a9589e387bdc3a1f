import { matchPeople, normalizeEmail } from '@/lib/matching';
import { Contact, PagePerson, type PagePerson as Person } from '@/lib/schema';
import { fakeLookup } from './fake-lookup';

const settings = { ownDomains: ['keyside.example'], freemailDomains: ['gmail.com', 'googlemail.com', 'mail.ru', 'yandex.ru'] };
const person = (email: string, name = '', role: Person['role'] = 'to'): Person => PagePerson.parse({ email, name, role });
const emails = (ps: Person[]) => ps.map((p) => p.email);

const ACCOUNTS = [
  { id: 'alfa', name: 'საქართველოს ალფა', domains: ['alfa.example'] },
  { id: 'romashka', name: 'ООО «Ромашка»', domains: ['romashka.example'] },
  { id: 'acme-eu', name: 'Acme EU', domains: ['eu.acme.example'] },
  { id: 'acme', name: 'Acme Group', domains: ['acme.example'] },
  { id: 'primer', name: 'Пример', domains: ['пример.рф'] },
  { id: 'geo', name: 'ქართული', domains: ['xn--lodamdjuvtg5b.ge'] },
  { id: 'mistake', name: 'Saved with a freemail domain', domains: ['gmail.com', 'co.uk'] },
];
const CONTACTS = [
  { id: 'nino', accountId: 'alfa', name: 'ნინო ბერიძე', emails: ['nino@alfa.example'] },
  { id: 'anna', accountId: 'romashka', name: 'Анна Петрова', emails: ['anna.petrova@gmail.com'] },
  { id: 'loose', accountId: null, name: 'Ольга Свободная', emails: ['olga@freelance.example'] },
  { id: 'orphan', accountId: 'deleted-account', name: 'Orphan', emails: ['orphan@gone.example'] },
  { id: 'dup1', accountId: 'alfa', name: 'Shared Inbox', emails: ['info@shared.example'] },
  { id: 'dup2', accountId: 'romashka', name: 'Shared Inbox', emails: ['info@shared.example'] },
];

describe('matchPeople', () => {
  it('sorts a thread: 4 client people over 2 accounts, a colleague, a freemail stranger', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const r = await matchPeople(
      [
        person('Пётр Иванов <petr@romashka.example>', 'Пётр Иванов', 'to'),
        person('Nino@Alfa.Example', 'ნინო ბერიძე', 'from'),
        person('me@keyside.example', 'Me', 'to'),
        person('giorgi@mail.alfa.example', 'გიორგი', 'cc'),
        person('stranger@gmail.com', 'Stranger', 'cc'),
        person('maria@romashka.example', 'Мария', 'cc'),
      ],
      settings,
      lookup,
    );
    // The sender's account first, then page order; each account once.
    expect(r.accounts.map((m) => m.account.id)).toEqual(['alfa', 'romashka']);
    const [alfa, romashka] = r.accounts;
    expect(alfa?.via).toBe('email');
    expect(alfa?.contacts.map((c) => c.id)).toEqual(['nino']);
    expect(emails(alfa?.people ?? [])).toEqual(['nino@alfa.example', 'giorgi@mail.alfa.example']);
    expect(romashka?.via).toBe('domain');
    expect(romashka?.contacts).toEqual([]);
    expect(emails(romashka?.people ?? [])).toEqual(['petr@romashka.example', 'maria@romashka.example']);
    expect(emails(r.ignoredInternal)).toEqual(['me@keyside.example']);
    expect(emails(r.unmatched)).toEqual(['stranger@gmail.com']);
    expect(r.looseContacts).toEqual([]);
    // Names in any script pass through untouched.
    expect(romashka?.people[0]?.name).toBe('Пётр Иванов');
    expect(alfa?.people[1]?.name).toBe('გიორგი');
  });

  it('matches a contact by exact e-mail, ignoring case and plus-addressing', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const r = await matchPeople([person('NINO+Offers@ALFA.example')], settings, lookup);
    expect(r.accounts).toHaveLength(1);
    expect(r.accounts[0]).toMatchObject({ via: 'email', account: { id: 'alfa' } });
    expect(r.accounts[0]?.contacts.map((c) => c.id)).toEqual(['nino']);
  });

  it('matches a freemail contact by e-mail, never a freemail stranger by domain', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const r = await matchPeople(
      [person('Anna.Petrova+x@Gmail.com', 'Анна'), person('someone.else@gmail.com'), person('x@mail.ru')],
      settings,
      lookup,
    );
    expect(r.accounts.map((m) => m.account.id)).toEqual(['romashka']);
    expect(r.accounts[0]?.contacts.map((c) => c.id)).toEqual(['anna']);
    // "mistake" lists gmail.com as a domain, but freemail never matches by domain.
    expect(emails(r.unmatched)).toEqual(['someone.else@gmail.com', 'x@mail.ru']);
  });

  it('asks for the canonical Gmail mailbox, which a lookup indexing normalizeEmail can answer', async () => {
    const { lookup, contacts, calls } = fakeLookup(ACCOUNTS, CONTACTS);
    lookup.contactsByEmail = async (e) => {
      calls.contactsByEmail.push(e);
      return contacts.filter((c) => c.emails.some((x) => normalizeEmail(x) === e));
    };
    const r = await matchPeople([person('AnnaPetrova@googlemail.com')], settings, lookup);
    expect(calls.contactsByEmail).toContain('annapetrova@gmail.com');
    expect(r.accounts[0]?.contacts.map((c) => c.id)).toEqual(['anna']);
  });

  it('treats freemail subdomains as freemail', async () => {
    const { lookup } = fakeLookup([{ id: 'y', name: 'Yandex by mistake', domains: ['yandex.ru'] }], []);
    const r = await matchPeople([person('a@pochta.yandex.ru')], settings, lookup);
    expect(r.accounts).toEqual([]);
    expect(r.unmatched).toHaveLength(1);
  });

  it('puts a contact without an account in looseContacts, not unmatched and not by domain', async () => {
    const { lookup } = fakeLookup([...ACCOUNTS, { id: 'fl', name: 'Freelance Co', domains: ['freelance.example'] }], CONTACTS);
    const r = await matchPeople([person('olga@freelance.example', 'Ольга', 'from')], settings, lookup);
    expect(r.accounts).toEqual([]);
    expect(r.unmatched).toEqual([]);
    expect(r.looseContacts).toHaveLength(1);
    expect(r.looseContacts[0]?.contact.id).toBe('loose');
    expect(emails(r.looseContacts[0]?.people ?? [])).toEqual(['olga@freelance.example']);
  });

  it('treats a contact whose account is gone as loose', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const r = await matchPeople([person('orphan@gone.example')], settings, lookup);
    expect(r.looseContacts.map((l) => l.contact.id)).toEqual(['orphan']);
    expect(r.accounts).toEqual([]);
  });

  it('returns every account when one address is a contact in two', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const r = await matchPeople([person('info@shared.example')], settings, lookup);
    expect(r.accounts.map((m) => m.account.id)).toEqual(['alfa', 'romashka']);
    expect(r.accounts.map((m) => m.contacts[0]?.id)).toEqual(['dup1', 'dup2']);
  });

  it('ignores colleagues on own domains and their subdomains, even if saved as contacts', async () => {
    const { lookup, calls } = fakeLookup(ACCOUNTS, [
      { id: 'colleague', accountId: 'alfa', name: 'Colleague', emails: ['boss@keyside.example'] },
    ]);
    const r = await matchPeople(
      [person('boss@keyside.example'), person('dev@eu.mail.keyside.example'), person('x@notkeyside.example')],
      { ownDomains: ['KEYSIDE.example'], freemailDomains: [] },
      lookup,
    );
    expect(emails(r.ignoredInternal)).toEqual(['boss@keyside.example', 'dev@eu.mail.keyside.example']);
    expect(emails(r.unmatched)).toEqual(['x@notkeyside.example']);
    expect(calls.contactsByEmail).not.toContain('boss@keyside.example');
  });

  it('walks subdomains up and stops at the most specific domain with an account', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, []);
    const r = await matchPeople(
      [person('a@mail.eu.acme.example'), person('b@hq.acme.example'), person('c@acme.example')],
      settings,
      lookup,
    );
    expect(r.accounts.map((m) => [m.account.id, emails(m.people)])).toEqual([
      ['acme-eu', ['a@mail.eu.acme.example']],
      ['acme', ['b@hq.acme.example', 'c@acme.example']],
    ]);
  });

  it('never matches on a bare public suffix', async () => {
    const { lookup, calls } = fakeLookup(ACCOUNTS, []);
    const r = await matchPeople([person('someone@shop.co.uk'), person('root@localhost')], settings, lookup);
    expect(r.accounts).toEqual([]);
    expect(r.unmatched).toHaveLength(2);
    expect(calls.accountsByDomain).toEqual(['shop.co.uk']);
  });

  it('matches IDN domains whichever spelling the page or the account uses', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, []);
    const r = await matchPeople(
      [
        person('info@xn--e1afmkfd.xn--p1ai', 'Иван', 'to'),
        person('sales@почта.ПРИМЕР.рф', 'Ирина', 'cc'),
        person('info@საქართველო.ge', 'ნინო', 'cc'),
      ],
      settings,
      lookup,
    );
    expect(r.accounts.map((m) => m.account.id)).toEqual(['primer', 'geo']);
    expect(emails(r.accounts[0]?.people ?? [])).toEqual(['info@пример.рф', 'sales@почта.пример.рф']);
  });

  it('finds a contact saved with a Punycode address from its Unicode spelling', async () => {
    // Contact.parse rejects IDN addresses today (zod's email check); build the record directly.
    const base = Contact.parse({ id: 'idn', accountId: 'primer', name: 'Иван', emails: ['placeholder@example.com'] });
    const { lookup } = fakeLookup(ACCOUNTS, []);
    const idn = { ...base, emails: ['ivan@xn--e1afmkfd.xn--p1ai'] };
    lookup.contactsByEmail = async (e) => (idn.emails.includes(e) ? [idn] : []);
    const r = await matchPeople([person('Ivan@Пример.рф')], settings, lookup);
    expect(r.accounts[0]).toMatchObject({ via: 'email', account: { id: 'primer' } });
    expect(r.accounts[0]?.contacts.map((c) => c.id)).toEqual(['idn']);
  });

  it("lifts the sender's account first, then keeps page order", async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const r = await matchPeople(
      [person('x@acme.example', '', 'to'), person('y@romashka.example', '', 'cc'), person('nino@alfa.example', '', 'from')],
      settings,
      lookup,
    );
    expect(r.accounts.map((m) => m.account.id)).toEqual(['alfa', 'acme', 'romashka']);
  });

  it('uses page order when the sender is a colleague', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const r = await matchPeople(
      [person('me@keyside.example', '', 'from'), person('y@romashka.example'), person('x@acme.example')],
      settings,
      lookup,
    );
    expect(r.accounts.map((m) => m.account.id)).toEqual(['romashka', 'acme']);
  });

  it('de-duplicates people by mailbox, keeping page position, a name and the from role', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const r = await matchPeople(
      [
        person('y@romashka.example', '', 'to'),
        person('Nino@alfa.example', '', 'to'),
        person('mailto:NINO+thread@alfa.example', 'ნინო', 'from'),
        person('nino@alfa.example', 'Other', 'cc'),
      ],
      settings,
      lookup,
    );
    const alfa = r.accounts.find((m) => m.account.id === 'alfa');
    expect(alfa?.people).toEqual([{ email: 'nino@alfa.example', name: 'ნინო', role: 'from' }]);
    expect(alfa?.contacts).toHaveLength(1);
    expect(r.accounts[0]?.account.id).toBe('alfa');
  });

  it('puts people without a usable address in unmatched', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const r = await matchPeople([person('', 'Только имя', 'record'), person('not an address', 'X')], settings, lookup);
    expect(r.unmatched.map((p) => p.name)).toEqual(['Только имя', 'X']);
  });

  it('asks the database once per e-mail spelling, domain and account', async () => {
    const { lookup, calls } = fakeLookup(ACCOUNTS, CONTACTS);
    await matchPeople(
      [person('a@romashka.example'), person('b@romashka.example'), person('nino@alfa.example'), person('info@shared.example')],
      settings,
      lookup,
    );
    expect(calls.accountsByDomain).toEqual(['romashka.example']);
    expect(calls.accountById.sort()).toEqual(['alfa', 'romashka']);
  });

  it('returns empty lists for an empty page', async () => {
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    expect(await matchPeople([], settings, lookup)).toEqual({
      accounts: [],
      looseContacts: [],
      unmatched: [],
      ignoredInternal: [],
    });
  });

  it('accepts the Settings record as it is', async () => {
    const { Settings } = await import('@/lib/schema');
    const { lookup } = fakeLookup(ACCOUNTS, CONTACTS);
    const s = Settings.parse({ ownDomains: ['keyside.example'] });
    const r = await matchPeople([person('x@gmail.com'), person('me@keyside.example')], s, lookup);
    expect(emails(r.unmatched)).toEqual(['x@gmail.com']);
    expect(emails(r.ignoredInternal)).toEqual(['me@keyside.example']);
  });
});
