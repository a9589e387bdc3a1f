import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { PanelHub } from '@/lib/background/panel-hub';
import { TabStates } from '@/lib/background/tab-state';
import type { AppDB } from '@/lib/db/app-db';
import { createAccount } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { addTask } from '@/lib/db/repos/tasks';
import { PanelPortMessage } from '@/lib/messaging/worker-to-panel';
import { PageContext } from '@/lib/schema';
import { testDb } from '@/test/unit/db/test-db';
import { enableLiveQueries } from './fake-env';

/** A panel's end of the port: records what the hub posts; `close()` is the panel going away. */
function fakePort() {
  const posted: unknown[] = [];
  const onDisconnect = new Set<() => void>();
  const port = {
    name: 'keyside-panel',
    postMessage: (m: unknown) => void posted.push(m),
    disconnect: () => {},
    onDisconnect: { addListener: (l: () => void) => void onDisconnect.add(l) },
    onMessage: { addListener: () => {} },
  };
  return {
    // Only the members the hub uses are faked; the rest of the Port type is not needed here.
    port: port as unknown as Browser.runtime.Port,
    posted,
    /** Each post, parsed as the panel parses it (components/panel/use-panel-view.ts). */
    views: () => posted.map((m) => PanelPortMessage.parse(m)).flatMap((m) => (m.type === 'view' ? [m.view] : [])),
    close: () => onDisconnect.forEach((l) => l()),
  };
}

const message = (email: string, messageId: string) =>
  PageContext.parse({
    site: 'gmail',
    url: 'https://mail.example/#inbox/1',
    status: 'message',
    people: [{ email, role: 'from' }],
    messageId,
    subject: 'Q1',
  });

let db: AppDB;
beforeEach(async () => {
  enableLiveQueries();
  db = testDb(`hub-${Math.random()}`);
  await createAccount(db, { id: 'acme', name: 'Acme Logistics', domains: ['acme.example'] });
  await createContact(db, { id: 'anna', accountId: 'acme', name: 'Anna Petrova', emails: ['anna@acme.example'] });
});

describe('PanelHub', () => {
  it("pushes a view on connect, a new one when the tab's context changes, and each parses", async () => {
    const tabs = new TabStates();
    const hub = new PanelHub(db, tabs);
    const panel = fakePort();
    hub.connect(panel.port, 5);
    await vi.waitFor(() => expect(panel.views().map((v) => v.status)).toEqual(['waiting']));

    tabs.setContext(5, message('anna@acme.example', 'm1'));
    await vi.waitFor(() => expect(panel.views().at(-1)?.status).toBe('matched'));
    const matched = panel.views().at(-1);
    if (matched?.status !== 'matched') throw new Error('expected a matched view');
    expect(matched.briefings.map((b) => b.account.id)).toEqual(['acme']);

    tabs.setContext(5, message('someone@elsewhere.example', 'm2'));
    await vi.waitFor(() =>
      expect(panel.views().at(-1)).toMatchObject({ status: 'no-match', unmatched: [{ email: 'someone@elsewhere.example' }] }),
    );
    // Another tab's change reaches nobody here.
    const before = panel.posted.length;
    tabs.setContext(6, message('anna@acme.example', 'm3'));
    await new Promise((r) => setTimeout(r, 50));
    expect(panel.posted.length).toBe(before);
    panel.close();
  });

  it('follows the data live, and stops once the last panel of the tab disconnects', async () => {
    const tabs = new TabStates();
    tabs.setContext(5, message('anna@acme.example', 'm1'));
    const hub = new PanelHub(db, tabs);
    const panel = fakePort();
    hub.connect(panel.port, 5);
    await vi.waitFor(() => expect(panel.views().at(-1)?.status).toBe('matched'));

    await addTask(db, { accountId: 'acme', title: 'Send the Q1 offer', due: null });
    await vi.waitFor(() => {
      const v = panel.views().at(-1);
      expect(v?.status === 'matched' && v.briefings[0]?.openTasks.map((t) => t.title)).toEqual(['Send the Q1 offer']);
    });

    panel.close();
    const after = panel.posted.length;
    await addTask(db, { accountId: 'acme', title: 'Call back', due: null });
    tabs.setContext(5, message('anna@acme.example', 'm2'));
    await new Promise((r) => setTimeout(r, 100));
    expect(panel.posted.length).toBe(after);
  });
});

describe('PanelHub after the browser stopped the worker', () => {
  it('asks panels to connect when a tab without a port gets a new subject, and only then', async () => {
    const tabs = new TabStates();
    const wake = vi.fn();
    const hub = new PanelHub(db, tabs, wake);
    // A fresh worker: the page's content script sends its context before any panel connected.
    tabs.setContext(5, message('anna@acme.example', 'm1'));
    expect(wake).toHaveBeenCalledTimes(1);

    const panel = fakePort();
    hub.connect(panel.port, 5);
    await vi.waitFor(() => expect(panel.views().at(-1)?.status).toBe('matched'));
    // A connected panel is served over its port: nothing to wake.
    tabs.setContext(5, message('anna@acme.example', 'm2'));
    expect(wake).toHaveBeenCalledTimes(1);
    panel.close();
  });
});
