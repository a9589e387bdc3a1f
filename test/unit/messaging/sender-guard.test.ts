import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isOwnPage, senderIs } from '@/lib/messaging/sender-guard';
import { self, tab } from './senders';

/** The senders the worker can meet, as the browser describes them. */
const senders = {
  contentTop: { id: 'keyside', tab, frameId: 0, url: 'https://mail.example/inbox' },
  contentFrame: { id: 'keyside', tab, frameId: 3, url: 'https://ads.example/frame' },
  panelInTab: { id: 'keyside', tab, frameId: 2, url: 'chrome-extension://keyside/panel.html' },
  popup: { id: 'keyside', url: 'chrome-extension://keyside/popup.html' },
  otherExtensionPage: { id: 'intruder', url: 'chrome-extension://intruder/page.html' },
  otherExtensionContent: { id: 'intruder', tab, frameId: 0, url: 'https://mail.example/inbox' },
  lookalikeOrigin: { id: 'intruder', url: 'chrome-extension://keyside/dashboard.html' },
  noTabContent: { id: 'keyside', frameId: 0, url: 'https://mail.example/inbox' },
};

describe('sender guard', () => {
  it('our content script: in a tab, not on an extension URL', () => {
    expect(isOwnContentScript(senders.contentTop, self)).toBe(true);
    expect(isOwnContentScript(senders.contentFrame, self)).toBe(true);
    expect(isOwnContentScript(senders.panelInTab, self)).toBe(false);
    expect(isOwnContentScript(senders.popup, self)).toBe(false);
    expect(isOwnContentScript(senders.otherExtensionContent, self)).toBe(false);
    expect(isOwnContentScript(senders.noTabContent, self)).toBe(false);
  });

  it('our pages: our id and our origin, in a tab or not', () => {
    expect(isOwnPage(senders.popup, self)).toBe(true);
    expect(isOwnPage(senders.panelInTab, self)).toBe(true);
    expect(isOwnPage(senders.contentTop, self)).toBe(false);
    expect(isOwnPage(senders.otherExtensionPage, self)).toBe(false);
    expect(isOwnPage(senders.lookalikeOrigin, self)).toBe(false);
  });

  it('by kind: only the top frame speaks for the page', () => {
    const allowed = (kind: Parameters<typeof senderIs>[0]) =>
      Object.entries(senders)
        .filter(([, s]) => senderIs(kind, s, self))
        .map(([name]) => name);
    expect(allowed('content-top-frame')).toEqual(['contentTop']);
    expect(allowed('content')).toEqual(['contentTop', 'contentFrame']);
    expect(allowed('page')).toEqual(['panelInTab', 'popup']);
    expect(allowed('worker')).toEqual(['popup']);
  });
});
