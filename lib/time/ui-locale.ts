/**
 * The interface language, for dates, numbers, week starts and checklist names: the browser's UI
 * language; where the extension API is missing (a unit test, a plain page) the runtime's
 * language, and English where there is none either (a worker-less test runtime).
 */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return (globalThis as { navigator?: { language?: string } }).navigator?.language ?? 'en';
  }
}
