import { memo } from 'react';
import { t } from '@/lib/i18n/t';
import type { AccountBriefing } from '@/lib/schema/panel-view';
import { StageBadge } from '@/components/ui/StageBadge';
import { ContractAlerts } from './ContractAlerts';
import { EmailActions } from './EmailActions';
import { MeetingPrep } from './MeetingPrep';
import { MoneyAlert } from './MoneyAlert';
import { OpenCases } from './OpenCases';
import { OpenTasks } from './OpenTasks';
import { PersonCard } from './PersonCard';
import { RecentHistory } from './RecentHistory';
import { RecordLink } from './RecordLink';
import { runCommand } from './run-command';

/**
 * Everything about one matched account, in the order a manager scans it before replying.
 * Memoised: a view pushed again with this briefing unchanged (use-panel-view.ts keeps its
 * identity) does not render it again.
 */
export const Briefing = memo(function Briefing({ briefing, hasMessage }: { briefing: AccountBriefing; hasMessage: boolean }) {
  const { account } = briefing;
  return (
    <article className="briefing" aria-labelledby={`acc-${account.id}`}>
      <header className="briefing-head">
        <h1 id={`acc-${account.id}`} data-testid="dossier-name">
          {account.name}
        </h1>
        <StageBadge stage={account.stage} />
        <button className="link small" onClick={() => void runCommand({ type: 'openDashboard', hash: `/account/${account.id}` })}>
          {t('panelOpenDossier')}
        </button>
      </header>
      {briefing.recordLinked !== undefined && (
        <RecordLink accountId={account.id} accountName={account.name} linked={briefing.recordLinked} />
      )}
      {hasMessage && <EmailActions accountId={account.id} logged={briefing.emailLogged} />}
      {account.summary && <p className="summary">{account.summary}</p>}
      {briefing.money && <MoneyAlert money={briefing.money} />}
      {briefing.people.map((p) => (
        <PersonCard key={p.id} contact={p} />
      ))}
      {account.nuances.length > 0 && (
        <section aria-label={t('sectionNuances')}>
          <h2>{t('sectionNuances')}</h2>
          <ul className="nuances">
            {account.nuances.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </section>
      )}
      <OpenCases cases={briefing.openCases ?? []} complaints={briefing.openComplaints} />
      <OpenTasks tasks={briefing.openTasks} accountId={account.id} />
      <ContractAlerts alerts={briefing.contractAlerts} />
      {briefing.nextMeeting && <MeetingPrep next={briefing.nextMeeting} account={account} />}
      <RecentHistory items={briefing.recentInteractions} />
    </article>
  );
});
