import { uiLocale } from '@/lib/time/ui-locale';

/** Sets <html lang> from the browser's UI language so screen readers and hyphenation follow it. */
export function applyDocumentLocale(): void {
  document.documentElement.lang = uiLocale();
}
