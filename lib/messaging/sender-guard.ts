import type { Browser } from 'wxt/browser';
import type { SenderKind } from './define-message';

/** This extension's id and URL origin, which a sender must match. */
export interface OwnExtension {
  id: string;
  origin: string;
}

export function ownExtension(): OwnExtension {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

/**
 * Messages count only when they come from this extension: our content script (in a tab, not on
 * an extension URL) or our own pages. A web page cannot reach runtime messaging without
 * externally_connectable; these checks keep a confused sender from getting anything either.
 */
export function isOwnContentScript(sender: Browser.runtime.MessageSender, self: OwnExtension): boolean {
  return sender.id === self.id && sender.tab?.id !== undefined && !(sender.url ?? '').startsWith(self.origin);
}

export function isOwnPage(sender: Browser.runtime.MessageSender, self: OwnExtension): boolean {
  return sender.id === self.id && (sender.url ?? '').startsWith(self.origin);
}

/** Whether `sender` is the kind of sender a message expects. */
export function senderIs(kind: SenderKind, sender: Browser.runtime.MessageSender, self: OwnExtension): boolean {
  switch (kind) {
    case 'content-top-frame':
      // Only the top frame speaks for the page: an embedded frame (an ad, a widget) does not.
      return isOwnContentScript(sender, self) && sender.frameId === 0;
    case 'content':
      return isOwnContentScript(sender, self);
    case 'page':
      return isOwnPage(sender, self);
    case 'worker':
      // Indistinguishable from our popup (an own page outside a tab); its only message is a hint.
      return isOwnPage(sender, self) && sender.tab === undefined;
  }
}
