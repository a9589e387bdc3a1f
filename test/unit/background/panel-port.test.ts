import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { PanelGate, panelRequest } from '@/lib/background/panel-port';
import { panelPortName } from '@/lib/messaging/worker-to-panel';
import { self, tab } from '@/test/unit/messaging/senders';

const TOKEN = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';

/** A panel's port as the worker sees it: records what is posted and whether it was hung up. */
function port(name: string, topUrl: string | null = GMAIL) {
  const posted: unknown[] = [];
  let disconnected = false;
  const p = {
    name,
    sender: { id: self.id, url: `${self.origin}panel.html#${TOKEN}`, tab: { ...tab, url: topUrl ?? undefined }, frameId: 3 },
    postMessage: (m: unknown) => void posted.push(m),
    disconnect: () => {
      disconnected = true;
    },
  } as unknown as Browser.runtime.Port;
  return { p, posted, disconnected: () => disconnected };
}

function gate(askContent: () => Promise<void> = () => Promise.reject(new Error('no content script'))) {
  const served: number[] = [];
  const closed: number[] = [];
  const dropped: number[] = [];
  const g = new PanelGate({
    serve: (_port, tabId) => void served.push(tabId),
    closeTab: (tabId) => void closed.push(tabId),
    dropState: (tabId) => void dropped.push(tabId),
    askContent,
    waitMs: 50,
  });
  return { g, served, closed, dropped };
}

const connect = (g: PanelGate, p: Browser.runtime.Port) => g.connect(p, panelRequest(p, self));

describe("PanelGate: a panel is served only with its tab's current token", () => {
  it('serves the panel presenting the mounted token on the page that mounted it', () => {
    const { g, served } = gate();
    g.mount(tab.id, TOKEN, GMAIL);
    const panel = port(panelPortName(TOKEN));
    connect(g, panel.p);
    expect(served).toEqual([tab.id]);
    expect(panel.posted).toEqual([]);
  });

  it('refuses a wrong, missing or malformed token, and a page of another origin', () => {
    const { g, served } = gate();
    g.mount(tab.id, TOKEN, GMAIL);
    for (const p of [
      port(panelPortName(OTHER)),
      port('keyside-panel'),
      port(panelPortName('')),
      port(panelPortName(TOKEN.toUpperCase())),
      port(panelPortName(TOKEN), 'https://next-site.example/'),
      port(panelPortName(TOKEN), null),
    ]) {
      connect(g, p.p);
      expect(p.posted).toEqual([{ type: 'unbound' }]);
      expect(p.disconnected()).toBe(true);
    }
    expect(served).toEqual([]);
    expect(g.admits(tab.id, OTHER, GMAIL)).toBe(false);
    expect(g.admits(tab.id, undefined, GMAIL)).toBe(false);
    expect(g.admits(tab.id, TOKEN, GMAIL)).toBe(true);
  });

  it("a new mount makes the old token stale and drops the previous page's state", () => {
    const { g, closed, dropped } = gate();
    g.mount(tab.id, TOKEN, GMAIL);
    g.mount(tab.id, OTHER, GMAIL);
    expect(closed).toEqual([tab.id]);
    expect(dropped).toEqual([tab.id]);
    const stale = port(panelPortName(TOKEN));
    connect(g, stale.p);
    expect(stale.posted).toEqual([{ type: 'unbound' }]);
    expect(g.admits(tab.id, OTHER, GMAIL)).toBe(true);
  });

  it('a top-level navigation to another origin (or one the browser hides) clears the tab', () => {
    const { g, dropped } = gate();
    g.mount(tab.id, TOKEN, GMAIL);
    g.navigated(tab.id, 'https://mail.google.com/mail/u/0/#sent');
    expect(g.admits(tab.id, TOKEN, GMAIL)).toBe(true);
    g.navigated(tab.id, undefined);
    expect(dropped).toEqual([tab.id]);
    expect(g.admits(tab.id, TOKEN, GMAIL)).toBe(false);
    g.mount(tab.id, TOKEN, GMAIL);
    g.navigated(tab.id, 'https://next-site.example/');
    expect(g.admits(tab.id, TOKEN, 'https://next-site.example/')).toBe(false);
    g.mount(tab.id, TOKEN, GMAIL);
    g.context(tab.id, 'https://next-site.example/x');
    expect(g.admits(tab.id, TOKEN, GMAIL)).toBe(false);
  });

  it('after a worker restart the panel waits for its content script to send the token again', async () => {
    const asked: number[] = [];
    const { g, served } = gate(async () => void asked.push(tab.id));
    const own = port(panelPortName(TOKEN));
    const forged = port(panelPortName(OTHER));
    connect(g, own.p);
    connect(g, forged.p);
    expect(asked.length).toBeGreaterThan(0);
    expect(served).toEqual([]);
    g.mount(tab.id, TOKEN, GMAIL);
    expect(served).toEqual([tab.id]);
    expect(forged.posted).toEqual([{ type: 'unbound' }]);
  });

  it('refuses a waiting panel when no content script answers', async () => {
    const { g, served } = gate();
    const panel = port(panelPortName(TOKEN));
    connect(g, panel.p);
    await vi.waitFor(() => expect(panel.posted).toEqual([{ type: 'unbound' }]));
    expect(served).toEqual([]);
  });

  it('hangs up silently on a port that is not our panel', () => {
    const { g } = gate();
    const stranger = port('something-else');
    connect(g, stranger.p);
    expect(stranger.posted).toEqual([]);
    expect(stranger.disconnected()).toBe(true);
  });
});
