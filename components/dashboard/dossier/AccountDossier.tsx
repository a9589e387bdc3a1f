import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/app-db';
import { accountById } from '@/lib/db/queries/accounts';
import { deleteAccount, restoreAccount } from '@/lib/db/repos/accounts';
import { t } from '@/lib/i18n/t';
import { StageBadge } from '@/components/ui/StageBadge';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { go } from '@/components/dashboard/use-hash-route';
import { CasesCard } from './CasesCard';
import { CommercialCards } from './CommercialCards';
import { CompetitorsCard } from './CompetitorsCard';
import { ContractsCard } from './ContractsCard';
import { CrmRecordsCard } from './CrmRecordsCard';
import { FollowUpsCard } from './FollowUpsCard';
import { HistoryCard } from './HistoryCard';
import { IdentityCard } from './IdentityCard';
import { MeetingsCard } from './MeetingsCard';
import { MoneyCard } from './MoneyCard';
import { PeopleCard } from './PeopleCard';
import { ReferralsCard } from './ReferralsCard';
import { PlanFiguresCard } from './PlanFiguresCard';
import { PeopleMapCard } from './PeopleMapCard';
import { SharingCard } from './sharing/SharingCard';

/** One client's dossier, grouped to read in a glance: who, what matters, people, promises, history. */
export function AccountDossier({ id }: { id: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const account = useLiveQuery(() => accountById(db, id).then((a) => a ?? null), [id]);
  if (account === undefined) return <p className="muted">{t('loading')}</p>;
  if (account === null)
    return (
      <p data-testid="account-missing">
        {t('accountMissing')} <a href="#/accounts">{t('navAccounts')}</a>
      </p>
    );
  const remove = async () => {
    const snapshot = await guarded(() => deleteAccount(db, id));
    go('accounts');
    if (snapshot) offerUndo({ message: t('deletedAccount', snapshot.account.name), undo: () => restoreAccount(db, snapshot) });
  };
  return (
    <article className="dossier">
      <header className="page-head">
        <h1 data-testid="dossier-title">{account.name}</h1>
        <StageBadge stage={account.stage} />
        {account.tags.map((x) => (
          <span key={x} className="badge">
            {x}
          </span>
        ))}
        <span className="spacer" />
        <button className="danger" onClick={() => void remove()} data-testid="delete-account">
          {t('actionDeleteAccount')}
        </button>
      </header>
      <div className="dossier-grid">
        <div className="col">
          <IdentityCard account={account} />
          <CommercialCards account={account} />
          <PlanFiguresCard accountId={id} />
          <CompetitorsCard account={account} />
          <ContractsCard accountId={id} />
          <CrmRecordsCard account={account} />
          <ReferralsCard accountId={id} />
          <SharingCard accountId={id} accountName={account.name} />
        </div>
        <div className="col">
          <PeopleCard accountId={id} />
          <PeopleMapCard account={account} />
          <MeetingsCard accountId={id} />
          <FollowUpsCard accountId={id} />
          <MoneyCard accountId={id} />
          <CasesCard accountId={id} />
          <HistoryCard accountId={id} />
        </div>
      </div>
    </article>
  );
}
