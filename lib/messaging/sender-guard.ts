import type { Browser } from 'wxt/browser';


/**
 * Messages count only when they come from this extension: our content script (in a tab, not on
 * an extension URL) or our own pages. A web page cannot reach runtime messaging without
 * externally_connectable; these checks keep a confused sender from getting anything either.
 */
export function isOwnContentScript(sender: Browser.runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && sender.tab?.id !== undefined && !String(sender.url ?? '').startsWith(extensionOrigin);
}

export function isOwnPage(sender: Browser.runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && String(sender.url ?? '').startsWith(extensionOrigin);
}
