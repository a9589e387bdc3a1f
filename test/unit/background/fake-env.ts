import Dexie from 'dexie';
import { IDBFactory as FakeIDBFactory, IDBKeyRange as FakeIDBKeyRange } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';

/**
 * fakeBrowser has alarms, notifications, storage and action, but not i18n: messages come from
 * the real English locale file with chrome.i18n's $1..$9 substitution, so tests read the words
 * users see.
 */
export function stubI18n(): void {
  const messages = en as Record<string, { message: string }>;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
}

/** Notifications as the fake browser holds them: id -> create options. */
export function shownNotifications(): Record<string, { title: string; message: string }> {
  return (
    fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, { title: string; message: string }> }
  ).getAllCreateOptions();
}

/**
 * Dexie's liveQuery does nothing unless Dexie saw a global indexedDB when it was imported
 * (node has none). Each test database still gets its own private factory (test-db.ts).
 */
export function enableLiveQueries(): void {
  const deps = Dexie.dependencies as { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };
  deps.indexedDB ??= new FakeIDBFactory();
  deps.IDBKeyRange ??= FakeIDBKeyRange;
}
