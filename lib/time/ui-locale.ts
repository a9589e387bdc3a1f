import { chosenLocale } from '@/lib/locale/chosen-language';

/**
 * The interface language, for dates, numbers, week starts and checklist names: the one the user
 * chose (lib/locale/chosen-language.ts), else the browser's UI language; where the extension API is missing (a unit test, a plain page) the runtime's
 * language, and English where there is none either (a worker-less test runtime).
 */
export function uiLocale(): string {
  const chosen = chosenLocale();
  if (chosen) return chosen;
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return (globalThis as { navigator?: { language?: string } }).navigator?.language ?? 'en';
  }
}

/**
 * The language the interface words are actually shown in: the `localeTag` message of the
 * locale file chrome.i18n picked ("ru", "fi"…). Counted messages and the built-in checklists
 * follow it, so a plural form or a checklist never disagrees with the words around it, even
 * where the reported UI language differs from the chosen message bundle (a browser started with
 * --lang under test automation reports its own). uiLocale() where there is no such message.
 */
export function messagesLocale(): string {
  const chosen = chosenLocale();
  if (chosen) return chosen;
  try {
    // WXT's generated key list lags behind messages.json until `wxt prepare`.
    return (browser.i18n.getMessage as (key: string) => string)('localeTag') || uiLocale();
  } catch {
    return uiLocale();
  }
}
