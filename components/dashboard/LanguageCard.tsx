import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/t';
import { chosenLanguage, setChosenLanguage, uiLanguages, type UiLanguage } from '@/lib/locale/chosen-language';

/** Each language named in itself: a user who cannot read the current one still finds theirs. */
const NATIVE_NAMES: Record<UiLanguage, string> = { en: 'English', ru: 'Русский', fi: 'Suomi', ka: 'ქართული' };

/**
 * The interface language: the browser's, or one of Keyside's four chosen here. The page reloads
 * in the new language; other Keyside pages take it when they next open.
 */
export function LanguageCard({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const [value, setValue] = useState<UiLanguage | 'browser' | undefined>(undefined);
  useEffect(() => {
    void chosenLanguage().then((l) => setValue(l ?? 'browser'));
  }, []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const choose = (next: string) => {
    const language = (uiLanguages as readonly string[]).includes(next) ? (next as UiLanguage) : null;
    void setChosenLanguage(language).then(() => location.reload());
  };
  return (
    <div className="card" data-testid="language-card">
      <Heading>
        <label htmlFor="ui-language">{t('settingsLanguage')}</label>
      </Heading>
      <select
        id="ui-language"
        data-testid="ui-language"
        value={value ?? 'browser'}
        disabled={!value}
        onChange={(e) => choose(e.target.value)}
      >
        <option value="browser">{t('languageBrowser')}</option>
        {uiLanguages.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
      <p className="muted small">{t('settingsLanguageHint')}</p>
    </div>
  );
}
