import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { createAccount } from '@/lib/db/repos/accounts';
import { computeView } from '@/lib/panel-data/compute-view';
import { PageContext, type PageContextInput } from '@/lib/schema/page-context';
import { testDb } from '@/test/unit/db/test-db';

let db: AppDB;
beforeEach(async () => {
  db = testDb(`crm-record-${Math.random()}`);
  await createAccount(db, { id: 'nord', name: 'NordFreight Oy', domains: ['nordfreight.example'] });
});

const record = (extra: Partial<PageContextInput>): PageContext =>
  PageContext.parse({
    site: 'hubspot',
    url: 'https://app.hubspot.com/contacts/123/record/0-2/456',
    status: 'record',
    record: { crm: 'hubspot', type: 'company', id: '456' },
    ...extra,
  });

describe('a CRM record page', () => {
  it('that shows only the company website opens the dossier with that domain', async () => {
    const view = await computeView(db, {
      context: record({ websites: ['https://www.nordfreight.example/fi'] }),
      pinnedAccountId: null,
    });
    expect(view.status).toBe('matched');
    if (view.status !== 'matched') return;
    expect(view.briefings.map((b) => [b.account.name, b.via])).toEqual([['NordFreight Oy', 'domain']]);
  });

  it('that shows neither an email nor a known website has nothing to match', async () => {
    const view = await computeView(db, { context: record({ websites: ['other.example'] }), pinnedAccountId: null });
    expect(view.status).toBe('no-match');
    const empty = await computeView(db, { context: record({}), pinnedAccountId: null });
    expect(empty.status).toBe('none');
  });
});
