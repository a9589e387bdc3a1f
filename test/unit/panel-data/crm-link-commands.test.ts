import { beforeEach, describe, expect, it } from 'vitest';
import { runCommand, type CommandDeps } from '@/lib/background/commands';
import { TabStates } from '@/lib/background/tab-state';
import type { AppDB } from '@/lib/db/app-db';
import { accountById } from '@/lib/db/queries/accounts';
import { createAccount } from '@/lib/db/repos/accounts';
import { PanelCommand, type PanelCommand as Command } from '@/lib/messaging/pages-to-worker';
import { computeView } from '@/lib/panel-data/compute-view';
import { PageContext } from '@/lib/schema/page-context';
import { testDb } from '@/test/unit/db/test-db';

let db: AppDB;
let tabs: TabStates;
const TAB = 4;
const deps = (): CommandDeps => ({
  db,
  tabs,
  search: { query: () => Promise.resolve([]) } as unknown as CommandDeps['search'],
  openDashboard: () => Promise.resolve(),
});
const run = (cmd: Command, tabId: number | undefined = TAB) => runCommand(deps(), PanelCommand.parse(cmd), tabId);

const deal = PageContext.parse({
  site: 'pipedrive',
  url: 'https://kam-demo.pipedrive.com/deal/7',
  status: 'record',
  record: { crm: 'pipedrive', type: 'deal', id: '7' },
  companyName: 'Baltic Reefer AB',
});

beforeEach(async () => {
  db = testDb(`crm-link-${Math.random()}`);
  tabs = new TabStates();
  await createAccount(db, { id: 'nord', name: 'NordFreight Oy' });
});

describe('panel commands on a CRM record', () => {
  it("links the tab's own record (never one the panel names) and drops the hand-picked pin", async () => {
    tabs.setContext(TAB, deal);
    tabs.pin(TAB, 'nord');
    expect(await run({ type: 'linkRecord', accountId: 'nord' })).toEqual({ ok: true });
    expect((await accountById(db, 'nord'))?.crmRefs).toEqual([
      { url: deal.url, system: 'pipedrive', recordId: '7', recordType: 'deal' },
    ]);
    expect(tabs.get(TAB).pinnedAccountId).toBeNull();
    const view = await computeView(db, tabs.get(TAB));
    expect(view.status === 'matched' && view.briefings.map((b) => b.via)).toEqual(['linked']);

    expect(await run({ type: 'unlinkRecord', accountId: 'nord' })).toEqual({ ok: true });
    expect((await accountById(db, 'nord'))?.crmRefs).toEqual([]);
  });

  it('refuses to link where the tab shows no CRM record', async () => {
    tabs.setContext(TAB, PageContext.parse({ site: 'gmail', url: 'https://mail.google.com/mail/u/0/', status: 'none' }));
    const r = await run({ type: 'linkRecord', accountId: 'nord' });
    expect(r).toMatchObject({ ok: false, error: { key: 'errorNoRecord' } });
    expect((await run({ type: 'linkRecord', accountId: 'nord' }, undefined)).ok).toBe(false);
  });

  it('a new dossier created on the record is linked to it', async () => {
    tabs.setContext(TAB, deal);
    const r = await run({ type: 'createAccount', name: 'Baltic Reefer AB', domains: [], linkRecord: true });
    expect(r.ok).toBe(true);
    const view = await computeView(db, tabs.get(TAB));
    expect(view.status === 'matched' && view.briefings.map((b) => [b.account.name, b.via])).toEqual([
      ['Baltic Reefer AB', 'linked'],
    ]);
  });
});
