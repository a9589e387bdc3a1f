/**
 * The token of the mount this panel belongs to: the content script put it in the iframe URL's hash
 * (lib/content/start-host.ts). Read once at load. A panel.html framed by any other page has none,
 * or one the worker does not know, and is served nothing (lib/background/panel-port.ts).
 */
export const panelToken: string = location.hash.slice(1);

/** Whether this page is the panel (commands then go with its token); the capture dialog shares runCommand. */
export const isPanel: boolean = location.pathname === '/panel.html';
