import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { getSettings } from '@/lib/db/repos/settings';
import { t, type MessageKey } from '@/lib/i18n/t';
import { CrmSitesCard } from '@/components/dashboard/CrmSitesCard';
import { LanguageCard } from '@/components/dashboard/LanguageCard';
import { WebmailHostsCard } from '@/components/dashboard/WebmailHostsCard';
import { DataStep } from './DataStep';
import { OwnDomainsStep } from './OwnDomainsStep';
import { stepFromHash, welcomeSteps, type WelcomeStep } from './welcome-steps';
import './welcome.css';

const TITLES: Record<WelcomeStep, MessageKey> = {
  language: 'welcomeStepLanguage',
  company: 'welcomeStepCompany',
  sites: 'welcomeStepSites',
  data: 'welcomeStepData',
  done: 'welcomeStepDone',
};

/** Where each step lives afterwards: every step may be skipped and found again. */
const LATER: Partial<Record<WelcomeStep, MessageKey>> = {
  language: 'welcomeLaterSettings',
  company: 'welcomeLaterSettings',
  sites: 'welcomeLaterSettings',
  data: 'welcomeLaterBackup',
};

function SitesStep() {
  const settings = useLiveQuery(() => getSettings(getDb()), []);
  return (
    <>
      <p>{t('welcomeSitesBuiltIn')}</p>
      <CrmSitesCard />
      {settings ? <WebmailHostsCard settings={settings} /> : <p className="muted">{t('loading')}</p>}
    </>
  );
}

/**
 * The first page after install (opened by the worker, lib/background/welcome.ts): language, the
 * user's own domains, the sites they work in, their data — each one screen, each skippable, each
 * found later in Settings or Backup. Keyboard: the step's heading takes focus on every move.
 */
export function WelcomeApp() {
  const [step, setStep] = useState<WelcomeStep>(() => stepFromHash(location.hash));
  const heading = useRef<HTMLHeadingElement>(null);
  const index = welcomeSteps.indexOf(step);
  const go = (next: WelcomeStep) => {
    history.replaceState(null, '', `#${next}`);
    setStep(next);
  };
  useEffect(() => heading.current?.focus(), [step]);
  const next = welcomeSteps[index + 1];
  const back = welcomeSteps[index - 1];
  return (
    <main className="welcome" data-testid="welcome" data-step={step}>
      <p className="brand">Keyside</p>
      <p className="muted small" data-testid="welcome-progress">
        {t('welcomeProgress', index + 1, welcomeSteps.length)}
      </p>
      <h1 ref={heading} tabIndex={-1} data-testid="welcome-step-title">
        {t(TITLES[step])}
      </h1>
      <section className="welcome-step">
        {step === 'language' && (
          <>
            <p>{t('welcomeIntro')}</p>
            <LanguageCard headingLevel={3} />
          </>
        )}
        {step === 'company' && <OwnDomainsStep />}
        {step === 'sites' && <SitesStep />}
        {step === 'data' && <DataStep onDone={() => go('done')} />}
        {step === 'done' && (
          <>
            <p>{t('welcomeDoneText')}</p>
            <p>
              <a className="button" href={browser.runtime.getURL('/dashboard.html')} data-testid="welcome-open-dashboard">
                {t('actionOpenDashboard')}
              </a>
            </p>
          </>
        )}
      </section>
      {LATER[step] && <p className="muted small">{t(LATER[step])}</p>}
      <nav className="welcome-nav" aria-label={t('welcomeNavLabel')}>
        {back && (
          <button className="secondary" onClick={() => go(back)} data-testid="welcome-back">
            {t('actionBack')}
          </button>
        )}
        {next && (
          <button onClick={() => go(next)} data-testid="welcome-next">
            {step === 'data' ? t('actionSkip') : t('actionNext')}
          </button>
        )}
      </nav>
    </main>
  );
}
