import type { PendingCapture } from '@/lib/capture/pending';
import type { AppDB } from '@/lib/db/app-db';
import { Account, Interaction } from '@/lib/schema';
import { testDb } from '@/test/unit/db/test-db';

let n = 0;
/** A private database with three dossiers and some history. */
export async function seededDb(): Promise<AppDB> {
  const db = testDb(`capture-${(n += 1)}`);
  await db.accounts.bulkPut([
    Account.parse({
      id: 'acme',
      name: 'Acme Logistics',
      domains: ['acme.example'],
      competitors: [{ id: 'nord', name: 'NordFreight', notes: 'Cheaper by 4%.' }],
    }),
    Account.parse({ id: 'acme-news', name: 'Acme News Desk', domains: ['news.acme.example'] }),
    Account.parse({ id: 'sever', name: 'Северный Ветер', domains: ['severny.example'] }),
    Account.parse({ id: 'tbilisi', name: 'Tbilisi Wine', domains: ['tbilisi-wine.example'] }),
  ]);
  await db.interactions.bulkPut([
    Interaction.parse({ id: 'i1', accountId: 'tbilisi', kind: 'call', at: '2026-11-20T10:00:00.000Z' }),
    Interaction.parse({ id: 'i2', accountId: 'sever', kind: 'call', at: '2026-11-22T10:00:00.000Z' }),
    Interaction.parse({ id: 'i3', accountId: 'acme', kind: 'call', at: '2026-11-21T10:00:00.000Z' }),
    // A meeting planned for later is not "recent work".
    Interaction.parse({ id: 'i4', accountId: 'acme-news', kind: 'meeting', at: '2027-05-01T10:00:00.000Z' }),
  ]);
  return db;
}

export const pending = (over: Partial<PendingCapture> = {}): PendingCapture => ({
  id: 'cap-00000001',
  mode: 'selection',
  text: 'Компания <b>Acme</b> расширяет склад',
  truncated: false,
  bytes: 60,
  source: { url: 'https://news.acme.example/kotka', title: 'Acme expands' },
  capturedAt: '2026-11-23T10:00:00.000Z',
  pageUrl: 'https://news.acme.example/kotka',
  tabId: 3,
  ...over,
});
