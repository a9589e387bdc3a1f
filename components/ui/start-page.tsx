import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyChosenLanguage } from '@/lib/locale/chosen-language';
import { applyDocumentLocale } from './document-locale';
import { rootElement } from './root-element';

/**
 * Every extension page starts here: the language the user chose is loaded before the first render
 * (lib/locale/chosen-language.ts), so no page flashes in the browser's language first.
 */
export function startPage(app: () => ReactNode, before?: () => void): void {
  void applyChosenLanguage().then(() => {
    applyDocumentLocale();
    before?.();
    createRoot(rootElement()).render(app());
  });
}
