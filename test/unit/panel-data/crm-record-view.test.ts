import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { createAccount } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { linkRecord, unlinkRecord } from '@/lib/db/repos/crm-refs';
import { exportBackup, importBackupText } from '@/lib/io/backup-db';
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

  it('that shows neither an email nor a known website matches nothing, and offers to link it', async () => {
    const view = await computeView(db, { context: record({ websites: ['other.example'] }), pinnedAccountId: null });
    expect(view.status).toBe('no-match');
    const empty = await computeView(db, { context: record({}), pinnedAccountId: null });
    expect(empty.status).toBe('no-match');
  });
});

describe('matching order on a CRM page', () => {
  const deal = (extra: Partial<PageContextInput> = {}): PageContext =>
    PageContext.parse({
      site: 'pipedrive',
      url: 'https://acme.pipedrive.com/deal/7',
      status: 'record',
      record: { crm: 'pipedrive', type: 'deal', id: '7' },
      ...extra,
    });
  const view = (ctx: PageContext) => computeView(db, { context: ctx, pinnedAccountId: null });
  const briefed = async (ctx: PageContext) => {
    const v = await view(ctx);
    return v.status === 'matched' ? v.briefings.map((b) => [b.account.name, b.via, b.recordLinked]) : v.status;
  };

  beforeEach(async () => {
    await createAccount(db, { id: 'baltic', name: 'Baltic Wood AB', domains: ['balticwood.example'] });
    await createContact(db, { id: 'anna', accountId: 'baltic', name: 'Anna', emails: ['anna@balticwood.example'] });
  });

  it('a linked record opens its dossier before the email, the website and the name on the page', async () => {
    await linkRecord(db, 'nord', {
      url: 'https://acme.pipedrive.com/deal/7',
      record: { crm: 'pipedrive', type: 'deal', id: '7' },
    });
    const ctx = deal({
      people: [{ email: 'anna@balticwood.example', name: 'Anna', role: 'record' }],
      websites: ['balticwood.example'],
      companyName: 'Baltic Wood AB',
    });
    expect(await briefed(ctx)).toEqual([['NordFreight Oy', 'linked', true]]);
  });

  it('a linked dossier still shows the people of the page who belong to it', async () => {
    await linkRecord(db, 'baltic', {
      url: 'https://acme.pipedrive.com/deal/7',
      record: { crm: 'pipedrive', type: 'deal', id: '7' },
    });
    const v = await view(deal({ people: [{ email: 'anna@balticwood.example', name: 'Anna', role: 'record' }] }));
    expect(v.status === 'matched' && v.briefings.map((b) => [b.via, b.people.map((p) => p.id)])).toEqual([['linked', ['anna']]]);
  });

  it('then the email, then the website; a dossier found so offers to link the record', async () => {
    const byEmail = deal({
      people: [{ email: 'anna@balticwood.example', name: 'Anna', role: 'record' }],
      websites: ['nordfreight.example'],
    });
    expect(await briefed(byEmail)).toEqual([['Baltic Wood AB', 'email', false]]);
    expect(await briefed(deal({ websites: ['nordfreight.example'] }))).toEqual([['NordFreight Oy', 'domain', false]]);
  });

  it('a company name alone is only a suggestion, with a new dossier prefilled from the record', async () => {
    const v = await view(deal({ companyName: 'Nordfreight', websites: ['www.nordfreight-new.example'] }));
    expect(v.status).toBe('no-match');
    if (v.status !== 'no-match') return;
    expect(v.suggestions).toEqual([{ accountId: 'nord', name: 'NordFreight Oy' }]);
    expect(v.prefill).toMatchObject({ company: 'Nordfreight', domain: 'nordfreight-new.example' });
  });

  it('a record without email, website or name offers no suggestion; a dossier picked by hand offers Link', async () => {
    const v = await view(deal());
    expect(v.status).toBe('no-match');
    expect(v.status === 'no-match' && v.suggestions).toBeFalsy();
    const picked = await computeView(db, { context: deal(), pinnedAccountId: 'baltic' });
    expect(picked.status === 'matched' && picked.briefings.map((b) => [b.via, b.recordLinked])).toEqual([['manual', false]]);
  });

  it('the same record linked in a backup, by address or by CRM id, opens the dossier', async () => {
    const backup = (crmRefs: unknown[]) =>
      JSON.stringify({ format: 'keyside-backup', version: 1, accounts: [{ id: 'baltic', name: 'Baltic Wood AB', crmRefs }] });
    expect((await importBackupText(db, backup([{ url: 'https://acme.pipedrive.com/deal/7?utm_source=x' }]))).ok).toBe(true);
    expect(await briefed(deal())).toEqual([['Baltic Wood AB', 'linked', true]]);
    expect((await importBackupText(db, backup([{ url: 'https://old.example/x', system: 'Pipedrive', recordId: '7' }]))).ok).toBe(
      true,
    );
    expect(await briefed(deal())).toEqual([['Baltic Wood AB', 'linked', true]]);
    expect((await importBackupText(db, backup([]))).ok).toBe(true);
    expect(await briefed(deal())).toBe('no-match');
  });

  it('unlinking falls back to the next rule; the export carries crmRefs, never the index keys', async () => {
    const page = { url: 'https://acme.pipedrive.com/deal/7', record: { crm: 'pipedrive', type: 'deal', id: '7' } };
    await linkRecord(db, 'nord', page);
    await linkRecord(db, 'nord', page);
    const out = await exportBackup(db);
    const nord = out.accounts.find((a) => a.id === 'nord') as Record<string, unknown>;
    expect(nord.crmRefs).toEqual([{ url: page.url, system: 'pipedrive', recordId: '7', recordType: 'deal' }]);
    expect(nord).not.toHaveProperty('crmKeys');
    expect(await unlinkRecord(db, 'nord', page)).toHaveLength(1);
    expect(await briefed(deal())).toBe('no-match');
  });
});
