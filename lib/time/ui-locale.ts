/** The interface language, for week starts and calendar names. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}
