import fc from 'fast-check';
import { accountsByWebsites, websiteHost, type MatchLookup } from '@/lib/matching';
import type { Account } from '@/lib/schema';

const account = (id: string, domains: string[]) => ({ id, name: id, domains }) as unknown as Account;

function lookupOf(accounts: Account[]): MatchLookup {
  return {
    contactsByEmail: () => Promise.resolve([]),
    accountsByDomain: (d) => Promise.resolve(accounts.filter((a) => a.domains.includes(d))),
    accountById: (id) => Promise.resolve(accounts.find((a) => a.id === id)),
  };
}

const settings = { ownDomains: ['keyside.example'], freemailDomains: ['gmail.com'] };

describe('websiteHost', () => {
  it.each([
    ['https://www.nordfreight.example/en/contact', 'nordfreight.example'],
    ['nordfreight.example', 'nordfreight.example'],
    ['WWW.NordFreight.Example', 'nordfreight.example'],
    ['http://eu.acme.example:8080', 'eu.acme.example'],
    ['not a website', ''],
    ['localhost', ''],
    ['', ''],
  ])('%s → %s', (raw, host) => expect(websiteHost(raw)).toBe(host));

  it('never throws and returns a dotted host or nothing (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (raw) => {
        const host = websiteHost(raw);
        expect(host === '' || (host.includes('.') && !/\s/.test(host))).toBe(true);
      }),
    );
  });
});

describe('accountsByWebsites', () => {
  const accounts = [
    account('nord', ['nordfreight.example']),
    account('own', ['keyside.example']),
    account('eu', ['eu.acme.example']),
  ];

  it('finds the account whose domain is the website, through subdomains', async () => {
    const found = await accountsByWebsites(['https://shop.nordfreight.example'], settings, lookupOf(accounts));
    expect(found.map((a) => a.id)).toEqual(['nord']);
  });

  it('prefers the most specific domain with accounts', async () => {
    const found = await accountsByWebsites(['eu.acme.example'], settings, lookupOf(accounts));
    expect(found.map((a) => a.id)).toEqual(['eu']);
  });

  it('never matches the user’s own or a freemail domain', async () => {
    const found = await accountsByWebsites(['www.keyside.example', 'gmail.com'], settings, lookupOf(accounts));
    expect(found).toEqual([]);
  });
});
