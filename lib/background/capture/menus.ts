import { t, type MessageKey } from '@/lib/i18n/t';
import type { CaptureMode } from '@/lib/capture/pending';

/** The shortcut's name in the manifest (wxt.config.ts `commands`); users rebind it in the browser. */
export const CAPTURE_COMMAND = 'capture-selection';

type MenuContext = 'selection' | 'page' | 'link';

interface CaptureMenu {
  id: string;
  contexts: [MenuContext];
  title: MessageKey;
  mode: CaptureMode;
}

/**
 * One item per context, so the menu says what will be captured. Chrome shows the 'page' item
 * only when nothing more specific (a selection, a link) is under the pointer.
 */
export const CAPTURE_MENUS: readonly CaptureMenu[] = [
  { id: 'keyside-capture-selection', contexts: ['selection'], title: 'captureMenuSelection', mode: 'selection' },
  { id: 'keyside-capture-link', contexts: ['link'], title: 'captureMenuLink', mode: 'link' },
  { id: 'keyside-capture-page', contexts: ['page'], title: 'captureMenuPage', mode: 'page' },
];

export function menuMode(menuItemId: string | number): CaptureMode | undefined {
  return CAPTURE_MENUS.find((m) => m.id === menuItemId)?.mode;
}

/**
 * Chrome keeps context-menu items across worker and browser restarts, so they are created on
 * install/update (the documented place); Firefox's persistent background page never keeps them,
 * so there they are created at every start. removeAll first makes a repeat harmless.
 */
export function installCaptureMenus(onError: (e: unknown) => void): void {
  const inServiceWorker = typeof (globalThis as { ServiceWorkerGlobalScope?: unknown }).ServiceWorkerGlobalScope !== 'undefined';
  if (inServiceWorker) browser.runtime.onInstalled.addListener(() => void createCaptureMenus().catch(onError));
  else void createCaptureMenus().catch(onError);
}

/** contextMenus.create reports a failure only through lastError, read (and so cleared) here. */
export async function createCaptureMenus(): Promise<void> {
  // Undefined where the browser has no context menus (Firefox for Android), though typed as always there.
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (!menus) return;
  await menus.removeAll();
  for (const m of CAPTURE_MENUS) {
    menus.create({ id: m.id, title: t(m.title), contexts: m.contexts }, () => browser.runtime.lastError);
  }
}
