import type { Browser } from 'wxt/browser';
import { PanelToken } from '@/lib/messaging/panel-token';
import { senderIs, type OwnExtension } from '@/lib/messaging/sender-guard';
import { benchMark } from '@/lib/time/bench-mark';
import { PANEL_PORT, tokenOfPortName, type PanelPortMessage } from '@/lib/messaging/worker-to-panel';

type Port = Browser.runtime.Port;

/** What a connecting panel claims: its tab, the token in its port's name and the tab's page URL. */
export interface PanelRequest {
  tabId: number;
  token: string | undefined;
  /** The tab's top-level URL as the browser reports it; absent when the page is not one we may see. */
  topUrl: string | undefined;
}

/**
 * A connecting port's request, or undefined when the port is not our panel's at all: it must be
 * named PANEL_PORT (with or without a token) and come from our own page inside a tab.
 */
export function panelRequest(port: Port, self: OwnExtension): PanelRequest | undefined {
  const named = port.name === PANEL_PORT || tokenOfPortName(port.name) !== undefined;
  if (!named || !port.sender || !senderIs('page', port.sender, self)) return undefined;
  const tabId = port.sender.tab?.id;
  if (tabId === undefined) return undefined;
  return { tabId, token: tokenOfPortName(port.name), topUrl: port.sender.tab?.url };
}

/** Whether an extension page's URL is the panel's (the only page a web page can frame). */
export function isPanelPage(url: string | undefined, self: OwnExtension): boolean {
  return url !== undefined && url.startsWith(self.origin) && new URL(url).pathname === '/panel.html';
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url === undefined ? undefined : new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** What the gate needs from the worker: the panels' data service, the tab state, the content script. */
export interface PanelGateDeps {
  /** Start serving views to a port admitted for `tabId` (PanelHub.connect). */
  serve(port: Port, tabId: number): void;
  /** Stop serving every port of the tab (PanelHub.close). */
  closeTab(tabId: number): void;
  /** Forget the tab's page context, pin and invitation (TabStates.drop). */
  dropState(tabId: number): void;
  /** Ask the tab's content script to mount again (resendContext); rejects when none answers. */
  askContent(tabId: number): Promise<void>;
  /** How long a panel may wait for its tab's content script after a worker restart. */
  waitMs?: number;
}

interface Binding {
  token: string;
  origin: string;
}

const UNBOUND: PanelPortMessage = { type: 'unbound' };

/**
 * Serves a panel only to the frame Keyside mounted: the tab's content script registers a one-time
 * token per mount (`mount`), the panel presents it when it connects and with each command, and
 * it counts only while the tab's top-level page has the origin that registered it. A top-level
 * navigation, a mount from a new page or a context from another origin drops the tab's binding
 * and its state, so the next page in the tab finds nothing to borrow.
 */
export class PanelGate {
  private bindings = new Map<number, Binding>();
  /** Panels that connected while the tab had no binding (the worker restarted): waiting for a mount. */
  private waiting = new Map<number, { port: Port; request: PanelRequest }[]>();

  constructor(private deps: PanelGateDeps) {}

  /** A port connected: serve it, refuse it, or (no binding yet) ask the content script first. */
  connect(port: Port, request: PanelRequest | undefined): void {
    benchMark('worker-port');
    if (!request) {
      port.disconnect();
      return;
    }
    if (this.bindings.has(request.tabId)) {
      this.settle(port, request);
      return;
    }
    const tabId = request.tabId;
    const list = this.waiting.get(tabId) ?? [];
    list.push({ port, request });
    this.waiting.set(tabId, list);
    // A restarted worker lost the binding: the tab's content script (if it is ours) sends its token again.
    const giveUp = () => this.refuseWaiting(tabId);
    this.deps.askContent(tabId).catch(giveUp);
    setTimeout(giveUp, this.deps.waitMs ?? 5000);
  }

  /** Whether a panel holding `token` in `tabId`, whose tab shows `topUrl`, is the tab's current panel. */
  admits(tabId: number, token: string | undefined, topUrl: string | undefined): boolean {
    const binding = this.bindings.get(tabId);
    return (
      binding !== undefined &&
      PanelToken.safeParse(token).success &&
      token === binding.token &&
      originOf(topUrl) === binding.origin
    );
  }

  /** The tab's content script mounted its panel with `token` on the page at `pageUrl`. */
  mount(tabId: number, token: string, pageUrl: string | undefined): void {
    const origin = originOf(pageUrl);
    if (origin === undefined) return;
    const binding = this.bindings.get(tabId);
    if (binding?.token !== token || binding.origin !== origin) {
      // A new page (or a reload) in the tab: nothing of the previous page carries over.
      if (binding) this.clear(tabId);
      this.bindings.set(tabId, { token, origin });
    }
    const list = this.waiting.get(tabId) ?? [];
    this.waiting.delete(tabId);
    for (const { port, request } of list) this.settle(port, request);
  }

  /** The tab's content script reported a context from `pageUrl`: another origin ends the binding. */
  context(tabId: number, pageUrl: string | undefined): void {
    const binding = this.bindings.get(tabId);
    if (binding && originOf(pageUrl) !== binding.origin) this.clear(tabId);
  }

  /**
   * The tab's top-level page changed or is loading; `url` is undefined when the browser hides it
   * (a page we have no permission for), which is never the page that mounted the panel.
   */
  navigated(tabId: number, url: string | undefined): void {
    const binding = this.bindings.get(tabId);
    if (binding && originOf(url) !== binding.origin) this.clear(tabId);
  }

  /** The tab closed. */
  removed(tabId: number): void {
    this.bindings.delete(tabId);
    this.waiting.delete(tabId);
  }

  private clear(tabId: number): void {
    this.bindings.delete(tabId);
    this.deps.closeTab(tabId);
    this.deps.dropState(tabId);
  }

  private settle(port: Port, request: PanelRequest): void {
    if (this.admits(request.tabId, request.token, request.topUrl)) this.deps.serve(port, request.tabId);
    else refuse(port);
  }

  private refuseWaiting(tabId: number): void {
    const list = this.waiting.get(tabId);
    if (!list || this.bindings.has(tabId)) return;
    this.waiting.delete(tabId);
    for (const { port } of list) refuse(port);
  }
}

/** Tells the panel it is not served (it shows a neutral message and stops reconnecting), then hangs up. */
function refuse(port: Port): void {
  try {
    port.postMessage(UNBOUND);
    port.disconnect();
  } catch {
    // The panel is gone already.
  }
}
