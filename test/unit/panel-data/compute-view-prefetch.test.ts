import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { createAccount } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { saveSettings } from '@/lib/db/repos/settings';
import { computeView } from '@/lib/panel-data/compute-view';
import { PageContext, type PageContextInput } from '@/lib/schema/page-context';
import { testDb } from '@/test/unit/db/test-db';

/**
 * computeView reads the first people's contacts before the settings arrive (the cold path,
 * issue 13); what the settings rule out must still be ruled out, and the rest still matched.
 */
let db: AppDB;
beforeEach(async () => {
  db = testDb(`prefetch-${Math.random()}`);
  await createAccount(db, { id: 'acme', name: 'Acme Logistics', domains: ['acme-logistics.example'] });
  await createAccount(db, { id: 'own', name: 'Our Own Company', domains: ['keyside-seller.example'] });
  await createContact(db, {
    id: 'anna',
    accountId: 'acme',
    name: 'Anna Petrova',
    emails: ['anna.petrova@acme-logistics.example'],
  });
  // A colleague someone saved as a contact of a dossier: still not a client.
  await createContact(db, { id: 'me', accountId: 'own', name: 'Me Myself', emails: ['me@keyside-seller.example'] });
  await saveSettings(db, { ownDomains: ['keyside-seller.example'] });
});

const context = (people: PageContextInput['people']): PageContext =>
  PageContext.parse({
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/1',
    status: 'message',
    messageId: 'm1',
    people,
  });

describe('computeView with the contacts read ahead', () => {
  it('matches the sender by address (tagged spelling included) to the dossier', async () => {
    const view = await computeView(db, {
      pinnedAccountId: null,
      context: context([{ email: 'Anna.Petrova+orders@acme-logistics.example', name: 'Anna', role: 'from' }]),
    });
    expect(view.status).toBe('matched');
    expect(view.status === 'matched' && view.briefings.map((b) => [b.account.name, b.people.map((p) => p.id)])).toEqual([
      ['Acme Logistics', ['anna']],
    ]);
  });

  it('still leaves a colleague out though the read ahead found their contact', async () => {
    const view = await computeView(db, {
      pinnedAccountId: null,
      context: context([
        { email: 'me@keyside-seller.example', name: 'Me', role: 'from' },
        { email: 'anna.petrova@acme-logistics.example', name: 'Anna', role: 'to' },
      ]),
    });
    expect(view.status === 'matched' && view.briefings.map((b) => b.account.id)).toEqual(['acme']);
  });

  it('shows no dossier for a colleague alone', async () => {
    const view = await computeView(db, {
      pinnedAccountId: null,
      context: context([{ email: 'me@keyside-seller.example', name: 'Me', role: 'from' }]),
    });
    expect(view.status).toBe('no-match');
  });
});
