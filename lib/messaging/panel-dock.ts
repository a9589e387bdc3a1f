/**
 * Where the panel's docked-or-overlay choice is kept (issue 14): one list of the hosts the user
 * docked the panel on, in the extension's storage. The worker writes it when the panel's switch
 * asks (lib/background/panel-dock.ts); every content script of a listed host narrows its page and
 * follows changes (lib/content/start-host.ts); Settings shows and resets it. No zod here: the
 * content scripts import this module.
 */
export const DOCKED_SITES = 'dockedSites';

/** Whether `host` (location.host: name and port) is in the stored list; anything else stored is an empty list. */
export function isDocked(sites: unknown, host: string): boolean {
  return Array.isArray(sites) && sites.includes(host);
}

/** The list with `host` added or removed, sorted so Settings shows it in order. */
export function withDocked(sites: unknown, host: string, docked: boolean): string[] {
  const others = Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string' && s !== host) : [];
  return (docked ? [...others, host] : others).sort();
}
