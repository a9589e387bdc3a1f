import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiChecklistLocale } from '@/lib/checklists/ui-checklist-locale';
import { uiLocale } from '@/lib/time/ui-locale';

afterEach(() => vi.restoreAllMocks());

describe('the interface language', () => {
  it("is the browser's UI language", () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fi');
    expect(uiLocale()).toBe('fi');
  });

  it("falls back to the runtime's language where the extension API is missing", () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => {
      throw new Error('no i18n here');
    });
    expect(uiLocale()).toBe((globalThis as { navigator?: { language?: string } }).navigator?.language ?? 'en');
  });

  it('chooses the checklist language from it, English for any other', () => {
    const ui = vi.spyOn(fakeBrowser.i18n, 'getUILanguage');
    ui.mockReturnValue('ru-RU');
    expect(uiChecklistLocale()).toBe('ru');
    ui.mockReturnValue('ka');
    expect(uiChecklistLocale()).toBe('ka');
    ui.mockReturnValue('de-DE');
    expect(uiChecklistLocale()).toBe('en');
  });
});
