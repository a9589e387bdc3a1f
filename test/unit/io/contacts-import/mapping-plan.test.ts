import fc from 'fast-check';
import { contactFields, type ContactFieldKey } from '@/lib/io/contacts-import/contact-fields';
import { toCandidate, type Candidate } from '@/lib/io/contacts-import/contact-row';
import { autoMap, type Mapping } from '@/lib/io/contacts-import/mapping';
import { planImport } from '@/lib/io/contacts-import/plan';
import type { ImportLookup } from '@/lib/db/queries/import-lookup';

const freemail = new Set(['gmail.com', 'mail.ru']);

describe('automatic mapping of CRM exports', () => {
  it.each([
    [
      'HubSpot',
      [
        'Record ID',
        'First Name',
        'Last Name',
        'Email',
        'Company Name',
        'Website URL',
        'Phone Number',
        'Job Title',
        'Lifecycle Stage',
      ],
      [null, 'firstName', 'lastName', 'email', 'company', 'website', 'phone', 'title', null],
    ],
    [
      'Salesforce',
      ['First Name', 'Last Name', 'Email', 'Email Opt Out', 'Account Name', 'Title', 'Phone', 'Mobile', 'Website'],
      ['firstName', 'lastName', 'email', null, 'company', 'title', 'phone', 'phone', 'website'],
    ],
    [
      'Pipedrive',
      [
        'Person - Name',
        'Person - Email - Work',
        'Person - Email - Home',
        'Person - Phone - Work',
        'Organization - Name',
        'Person - Label',
      ],
      ['fullName', 'email', 'email', 'phone', 'company', null],
    ],
    [
      'Zoho',
      ['Contact Id', 'First Name', 'Last Name', 'Email', 'Account Name', 'Website', 'Title'],
      [null, 'firstName', 'lastName', 'email', 'company', 'website', 'title'],
    ],
    [
      'a Russian spreadsheet',
      ['ФИО', 'Эл. почта', 'Компания', 'Должность', 'Сайт'],
      ['fullName', 'email', 'company', 'title', 'website'],
    ],
  ])('%s', (_, headers, expected) => {
    expect(autoMap(headers, contactFields)).toEqual(expected);
  });

  it('gives a single-valued field to its first column only', () => {
    expect(autoMap(['Name', 'Full Name', 'Email', 'E-mail'], contactFields)).toEqual(['fullName', null, 'email', 'email']);
  });
});

const mapping: Mapping<ContactFieldKey> = ['firstName', 'lastName', 'email', 'company', 'website'];
const row = (cells: string[], line = 2) => toCandidate(cells, line, mapping, freemail);

describe('a record → a person and a company', () => {
  it('takes the domain from the website, else from a work email, never from freemail', () => {
    expect(row(['Anna', 'Lind', 'anna@acme.example', 'Acme', 'https://www.Acme-Group.example/about']).candidate?.domain).toBe(
      'acme-group.example',
    );
    expect(row(['Anna', 'Lind', 'Anna@ACME.example', 'Acme', '']).candidate).toMatchObject({
      domain: 'acme.example',
      emails: ['anna@acme.example'],
    });
    expect(row(['Anna', 'Lind', 'anna.lind@gmail.com', 'Acme', '']).candidate?.domain).toBeUndefined();
  });

  it('sets aside a row with a bad email or without a name, by its line', () => {
    expect(row(['Anna', 'Lind', 'anna(at)acme', 'Acme', ''], 7).problems).toEqual([
      { line: 7, key: 'contactsImportBadEmail', params: ['anna(at)acme'] },
    ]);
    expect(row(['', '', 'anna@acme.example', 'Acme', ''], 9).problems).toEqual([
      { line: 9, key: 'contactsImportMissingName', params: [] },
    ]);
    expect(row(['Anna', '', 'a@acme.example; nope', '', ''], 3).candidate).toBeUndefined();
  });

  it('reads a company-only record (a companies export) as a company; a blank record as nothing', () => {
    expect(row(['', '', '', 'Acme', 'acme.example'])).toMatchObject({
      candidate: { name: '', company: 'Acme', domain: 'acme.example' },
      problems: [],
    });
    expect(row(['', '', '', '', ''])).toEqual({ problems: [] });
  });
});

const person = (line: number, name: string, email: string, company: string, domain?: string): Candidate => ({
  line,
  name,
  emails: email ? [email] : [],
  phones: [],
  title: '',
  company,
  domain,
});
const stored: ImportLookup = {
  accounts: [{ id: 'acme', name: 'Acme Logistics', domains: ['acme.example'] }],
  contacts: [{ id: 'anna', accountId: 'acme', emails: ['anna@acme.example'] }],
};

describe('the import plan', () => {
  const rows = [
    person(2, 'Anna Lind', 'anna@acme.example', 'Acme Logistics', 'acme.example'),
    person(3, 'Bert Berg', 'bert@acme.example', 'Acme', 'acme.example'),
    person(4, 'Cleo Nord', 'cleo@nord.example', 'Nord Oy', 'nord.example'),
    person(5, 'Cleo Nord', 'cleo@nord.example', 'Nord Oy', 'nord.example'),
    person(6, 'Dan', '', 'nord oy', undefined),
  ];

  it('merge: known people get the new details, known companies the new people', () => {
    const { summary, writes } = planImport(rows, stored, 'merge');
    expect(summary).toEqual({ accountsCreated: 1, accountsMerged: 1, peopleAdded: 3, peopleMerged: 2, skipped: 0 });
    expect(writes.contactMerges).toEqual([{ id: 'anna', emails: [], phones: [], title: '', accountId: 'acme' }]);
    expect(writes.accounts).toEqual([expect.objectContaining({ name: 'Nord Oy', domains: ['nord.example'] })]);
    const nord = writes.accounts[0]?.id;
    expect(writes.contacts.map((c) => [c.name, c.accountId])).toEqual([
      ['Bert Berg', 'acme'],
      ['Cleo Nord', nord],
      ['Dan', nord],
    ]);
  });

  it('skip: rows whose person is known are left out and stored records untouched', () => {
    const { summary, writes } = planImport(rows, stored, 'skip');
    expect(summary).toMatchObject({ peopleAdded: 3, peopleMerged: 0, skipped: 2 });
    expect(writes.contactMerges).toEqual([]);
    expect(writes.accountDomains).toEqual([]);
  });

  it('create: every row is a new person and every company a new account', () => {
    const { summary, writes } = planImport(rows, stored, 'create');
    expect(summary).toEqual({ accountsCreated: 2, accountsMerged: 0, peopleAdded: 5, peopleMerged: 0, skipped: 0 });
    expect(writes.accounts.map((a) => a.name)).toEqual(['Acme Logistics', 'Nord Oy']);
  });

  const candidate = fc.record({
    line: fc.nat(),
    name: fc.constantFrom('', 'A', 'B', 'C'),
    emails: fc.uniqueArray(fc.constantFrom('a@x.example', 'b@x.example', 'c@y.example', 'anna@acme.example'), { maxLength: 2 }),
    phones: fc.array(fc.constantFrom('1', '2'), { maxLength: 2 }),
    title: fc.constantFrom('', 'Buyer'),
    company: fc.constantFrom('', 'X Co', 'Acme Logistics', 'acme logistics'),
    domain: fc.constantFrom(undefined, 'x.example', 'acme.example', 'y.example'),
  });

  it('counts every named row once, and every person it adds points at an account it knows', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), fc.constantFrom('merge', 'skip', 'create'), (cands, mode) => {
        const named = cands.filter((c) => c.name);
        const { summary, writes } = planImport(named, stored, mode);
        expect(summary.peopleAdded + summary.peopleMerged + summary.skipped).toBe(named.length);
        expect(writes.contacts).toHaveLength(summary.peopleAdded);
        expect(writes.accounts).toHaveLength(summary.accountsCreated);
        const accounts = new Set([...writes.accounts.map((a) => a.id), ...stored.accounts.map((a) => a.id)]);
        for (const c of [...writes.contacts, ...writes.contactMerges])
          if (c.accountId) expect(accounts.has(c.accountId)).toBe(true);
        const emails = writes.contacts.flatMap((c) => c.emails ?? []);
        if (mode !== 'create') expect(new Set(emails).size).toBe(emails.length);
      }),
    );
  });

  it('is linear: ten times the rows take about ten times as long', () => {
    const rowsOf = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        person(i + 2, `P${i}`, `p${i}@c${i % 1000}.example`, `C${i % 1000}`, `c${i % 1000}.example`),
      );
    const timed = (cands: Candidate[]) => {
      const started = performance.now();
      const plan = planImport(cands, stored, 'merge');
      return { ms: performance.now() - started, plan };
    };
    timed(rowsOf(1000));
    const small = timed(rowsOf(10_000));
    const big = timed(rowsOf(100_000));
    expect(big.plan.summary).toMatchObject({ accountsCreated: 1000, peopleAdded: 100_000 });
    // Quadratic work would be ~100 times slower; the margin absorbs a busy machine's noise.
    expect(big.ms).toBeLessThan(small.ms * 30 + 500);
  });
});
