/**
 * The interface language the user chose over the browser's (Settings, the welcome page): many
 * account managers run an English browser and work in Russian, Finnish or Georgian.
 * chrome.i18n always answers in the browser's language, so a chosen language is served from the
 * extension's own locale file, read once per page (a file inside the package, not a network
 * request) and consulted before chrome.i18n by lib/i18n/message.ts.
 */
export const uiLanguages = ['en', 'ru', 'fi', 'ka'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const STORAGE_KEY = 'uiLanguage';

interface Override {
  language: UiLanguage;
  messages: Map<string, string>;
}
let override: Override | undefined;

function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** The chosen language, or null to follow the browser. storage.local: the panel frame reads it too. */
export async function chosenLanguage(): Promise<UiLanguage | null> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  return isUiLanguage(stored) ? stored : null;
}

export async function setChosenLanguage(language: UiLanguage | null): Promise<void> {
  if (language) await browser.storage.local.set({ [STORAGE_KEY]: language });
  else await browser.storage.local.remove(STORAGE_KEY);
}

/** The message of `key` in the chosen language, `undefined` when none is chosen or it lacks the key. */
export function chosenMessage(key: string): string | undefined {
  return override?.messages.get(key);
}

/** The chosen language's tag, for Intl and plural rules; `undefined` when following the browser. */
export function chosenLocale(): UiLanguage | undefined {
  return override?.language;
}

/**
 * Loads the chosen language's messages before a page renders (or the worker words a
 * notification). A failure leaves the browser's language in place: a page in the wrong language
 * is better than no page.
 */
export async function applyChosenLanguage(): Promise<void> {
  try {
    const language = await chosenLanguage();
    const bundled = (browser.i18n.getMessage as (k: string) => string)('localeTag');
    if (!language || language === bundled) {
      override = undefined;
      return;
    }
    const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`));
    const file = (await response.json()) as Record<string, { message?: unknown }>;
    const messages = new Map<string, string>();
    for (const [key, entry] of Object.entries(file)) if (typeof entry.message === 'string') messages.set(key, entry.message);
    override = { language, messages };
  } catch {
    override = undefined;
  }
}

/** For tests: forget any loaded language. */
export function resetChosenLanguage(): void {
  override = undefined;
}

/**
 * For the worker, which lives across the user's changes: applies the choice now and again
 * whenever a page changes it, then calls `onChange` (menus are worded once, at creation).
 */
export function watchChosenLanguage(onChange: () => void): void {
  void applyChosenLanguage();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STORAGE_KEY in changes) void applyChosenLanguage().then(onChange);
  });
}
