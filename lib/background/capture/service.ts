import type { Browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/app-db';
import { handle } from '@/lib/messaging/handle';
import { pagesToWorker } from '@/lib/messaging/pages-to-worker';
import { beginCapture, type CaptureTrigger } from '@/lib/capture/begin';
import { captureHandlers } from './handlers';
import { CAPTURE_COMMAND, installCaptureMenus, menuMode } from './menus';
import { CaptureStore } from '@/lib/capture/store';
import type { TabStates } from '@/lib/background/tab-state';

export interface CaptureDeps {
  db: AppDB;
  tabs: TabStates;
}

/** The dialog: a small window of its own, so it works over any page, even one we cannot script. */
const DIALOG = { width: 460, height: 640 };

/**
 * Capture from any page: context menu items, the keyboard shortcut and the popup's button all
 * end in `beginCapture`, which reads the page and opens capture.html on the result. Search in the
 * dialog goes through the shared `command` message ('search'), like the panel's.
 */
export function startCapture(deps: CaptureDeps) {
  const store = new CaptureStore(browser.storage.session);
  const dialogs = new Map<number, string>();

  const openDialog = async (captureId: string) => {
    const url = browser.runtime.getURL(`/capture.html?id=${encodeURIComponent(captureId)}`);
    const win = await browser.windows.create({ url, type: 'popup', focused: true, ...DIALOG });
    if (win?.id !== undefined) dialogs.set(win.id, captureId);
  };
  const begin = (t: CaptureTrigger) => beginCapture({ store, openDialog }, t);

  /** The context menu's handler (and, in e2e builds, the tests'). */
  const onMenuClick = async (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    const mode = menuMode(info.menuItemId);
    if (!mode || tab?.id === undefined || tab.id < 0) return undefined;
    const fallback = {
      selectionText: info.selectionText,
      linkUrl: info.linkUrl,
      pageUrl: info.pageUrl ?? tab.url,
      pageTitle: tab.title,
    };
    return begin({ tabId: tab.id, mode, frameId: info.frameId, linkUrl: info.linkUrl, fallback });
  };
  /** The keyboard shortcut's handler: the selection, else the page. */
  const onCommand = async (command: string, tab?: Browser.tabs.Tab) => {
    if (command !== CAPTURE_COMMAND) return undefined;
    const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    if (target?.id === undefined) return undefined;
    return begin({ tabId: target.id, mode: 'auto', fallback: { pageUrl: target.url, pageTitle: target.title } });
  };

  // Listeners first and synchronously: an event that woke the worker is delivered only to them.
  // Either API may be missing (Firefox for Android), though the typings say both are always there.
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  const commands = browser.commands as typeof browser.commands | undefined;
  menus?.onClicked.addListener((info, tab) => void onMenuClick(info, tab).catch(report));
  commands?.onCommand.addListener((command, tab) => void onCommand(command, tab).catch(report));
  browser.windows.onRemoved.addListener((windowId) => {
    const id = dialogs.get(windowId);
    dialogs.delete(windowId);
    // Closed without saving (the window's ✕): forget the capture.
    if (id) void store.delete(id);
  });
  installCaptureMenus(report);

  const handlers = captureHandlers({
    db: deps.db,
    tabs: deps.tabs,
    store,
    begin,
    tabInfo: (tabId) =>
      browser.tabs.get(tabId).then(
        (t) => ({ url: t.url, title: t.title }),
        () => undefined,
      ),
  });
  // Our own pages only, payloads parsed first (lib/messaging/pages-to-worker.ts).
  handle(pagesToWorker.captureStart, (data) => handlers.start(data));
  handle(pagesToWorker.captureDraft, (data) => handlers.draft(data));
  handle(pagesToWorker.captureAccount, (data) => handlers.account(data));
  handle(pagesToWorker.captureSave, (data) => handlers.save(data));
  handle(pagesToWorker.captureCancel, (data) => handlers.cancel(data));

  if (import.meta.env.MODE === 'e2e') {
    // Native context-menu clicks and shortcuts cannot be automated (docs/testing.md, Browsers): e2e tests call
    // the very handlers the browser's events call. Release builds do not contain this.
    (globalThis as Record<string, unknown>).__keysideCapture = { onMenuClick, onCommand };
  }
  return { store, onMenuClick, onCommand };
}

function report(e: unknown): void {
  console.error('Keyside capture failed', e);
}
