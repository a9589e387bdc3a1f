import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '@/lib/i18n/t';
import { tPlural } from '@/lib/i18n/plural';
import { substitute } from '@/lib/i18n/message';
import { applyChosenLanguage, chosenLanguage, resetChosenLanguage, setChosenLanguage } from '@/lib/locale/chosen-language';
import { uiLocale } from '@/lib/time/ui-locale';
import { stubI18n } from '@/test/unit/background/fake-env';

/** The package's locale files, served the way fetch(runtime.getURL(...)) serves them in the browser. */
function serveLocaleFiles(): void {
  vi.spyOn(globalThis, 'fetch').mockImplementation((url) => {
    const path = new URL(url instanceof Request ? url.url : url.toString()).pathname;
    return Promise.resolve(new Response(readFileSync(`public${path}`, 'utf8')));
  });
}

describe('the interface language the user chose', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetChosenLanguage();
    stubI18n();
    serveLocaleFiles();
  });

  it('words every message, counted ones included, and dates in the chosen language over the browser’s', async () => {
    expect(t('navSettings')).toBe('Settings');
    await setChosenLanguage('ru');
    await applyChosenLanguage();
    expect(t('navSettings')).toBe('Настройки');
    expect(tPlural('templateItemsCount', 5)).toBe('5 пунктов');
    expect(uiLocale()).toBe('ru');
  });

  it('follows the browser again when the choice is removed, and survives a broken file', async () => {
    await setChosenLanguage('fi');
    await applyChosenLanguage();
    expect(t('navSettings')).toBe('Asetukset');
    await setChosenLanguage(null);
    expect(await chosenLanguage()).toBeNull();
    await applyChosenLanguage();
    expect(t('navSettings')).toBe('Settings');
    await setChosenLanguage('ka');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{ not json'));
    await applyChosenLanguage();
    expect(t('navSettings')).toBe('Settings');
  });

  it('substitutes like chrome.i18n: $1…$9 by position, $$ as a dollar sign, the rest untouched', () => {
    expect(substitute('$1 of $2 ($$)', ['3', '7'])).toBe('3 of 7 ($)');
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 9 }), (text, subs) => {
        const plain = text.replace(/\$/g, '');
        expect(substitute(plain, subs)).toBe(plain);
        const out = substitute(`${plain}$1`, subs);
        expect(out).toBe(plain + (subs[0] ?? ''));
      }),
    );
  });
});
