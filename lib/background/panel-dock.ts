import { DOCKED_SITES, isDocked, withDocked } from '@/lib/messaging/panel-dock';

/**
 * The panel's docked-or-overlay choice for the site of `pageUrl` (the tab the panel sits in):
 * stored when `docked` is given, then read back. The tab's content script, and every other tab of
 * the same site, follow the stored list (lib/content/start-host.ts).
 */
export async function dockChoice(pageUrl: string, docked: boolean | undefined): Promise<{ docked: boolean }> {
  const host = new URL(pageUrl).host;
  const sites = (await browser.storage.local.get(DOCKED_SITES))[DOCKED_SITES];
  if (docked === undefined) return { docked: isDocked(sites, host) };
  await browser.storage.local.set({ [DOCKED_SITES]: withDocked(sites, host, docked) });
  return { docked };
}
