import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type SubmitEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { accountsNamedLike, otherSide, referralsWithNames } from '@/lib/db/queries/referrals';
import { addReferral, deleteReferral, restoreReferral, type ReferralSide } from '@/lib/db/repos/referrals';
import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { Referral } from '@/lib/schema';
import { localDay } from '@/lib/time/local-time';
import { errorText } from '@/components/ui/error-text';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { AccountNamePicker, type PickedName } from './AccountNamePicker';
import { FormFooter } from '@/components/ui/FormFooter';

type Direction = 'by' | 'to';

/**
 * Who referred this client ("Referred by") and whom this client referred ("Referred to us"):
 * the same Referral records seen from either side (lib/db/queries/referrals.ts), so adding one
 * here shows it in the other dossier too. The other side is a dossier or only a name.
 */
export function ReferralsCard({ accountId }: { accountId: string }) {
  // Keyed by account: a half-filled form never follows the user into another dossier.
  return <Referrals key={accountId} accountId={accountId} />;
}

function Referrals({ accountId }: { accountId: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const data = useLiveQuery(() => referralsWithNames(db, accountId), [accountId]);
  const [adding, setAdding] = useState<Direction | null>(null);
  const [error, setError] = useState('');
  const remove = async (r: Referral, label: string) => {
    setError('');
    try {
      await guarded(() => deleteReferral(db, r.id));
      offerUndo({ message: t('deletedItem', label), undo: () => restoreReferral(db, r) });
    } catch (e) {
      setError(errorText(e));
    }
  };
  const list = (direction: Direction, rows: Referral[] | undefined) => (
    <div className="stack" data-testid={`referrals-${direction}`}>
      <div className="card-head">
        <h3>{direction === 'by' ? t('referralsReferredBy') : t('referralsReferredToUs')}</h3>
        <button className="link small" onClick={() => setAdding(direction)} data-testid={`referral-add-${direction}`}>
          + {direction === 'by' ? t('actionAddReferredBy') : t('actionAddReferredToUs')}
        </button>
      </div>
      {adding === direction && <ReferralForm accountId={accountId} direction={direction} onDone={() => setAdding(null)} />}
      {rows?.length === 0 && adding !== direction && (
        <p className="muted">{direction === 'by' ? t('referralsNoneBy') : t('referralsNoneToUs')}</p>
      )}
      <ul className="plain">
        {rows?.map((r) => {
          const side = otherSide(r, direction, data?.names ?? {});
          const name = side.name || t('accountGone');
          return (
            <li key={r.id} data-testid="referral">
              {side.exists && side.accountId ? (
                <a href={`#/account/${encodeURIComponent(side.accountId)}`}>{name}</a>
              ) : (
                <span dir="auto">{name}</span>
              )}
              {!side.accountId && <span className="badge">{t('referralNameOnly')}</span>}{' '}
              <span className="muted">· {formatDay(r.on)}</span>{' '}
              <button
                className="link small"
                onClick={() => void remove(r, name)}
                aria-label={`${t('actionDelete')}: ${name}`}
                data-testid="referral-delete"
              >
                ✕
              </button>
              {r.note && <div className="small">{r.note}</div>}
            </li>
          );
        })}
      </ul>
    </div>
  );
  return (
    <section className="card" data-testid="referrals" aria-label={t('sectionReferrals')}>
      <header className="card-head">
        <h2>{t('sectionReferrals')}</h2>
      </header>
      {data === undefined && <p className="muted">{t('loading')}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {list('by', data?.referredBy)}
      {list('to', data?.referredToUs)}
    </section>
  );
}

/** Adds one referral: the other side (picked dossier or typed name), the day, a note. */
function ReferralForm({ accountId, direction, onDone }: { accountId: string; direction: Direction; onDone: () => void }) {
  const db = getDb();
  const [who, setWho] = useState<PickedName>({ accountId: null, name: '' });
  const [on, setOn] = useState(() => localDay(new Date()));
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const self: ReferralSide = { accountId };
    setBusy(true);
    try {
      // A typed name that is exactly a dossier's name means that dossier, picked or not.
      const typed = who.name.trim().toLocaleLowerCase();
      const same = who.accountId
        ? undefined
        : (await accountsNamedLike(db, who.name, { exceptId: accountId })).find((a) => a.name.toLocaleLowerCase() === typed);
      const picked = who.accountId ?? same?.id;
      const other: ReferralSide = picked ? { accountId: picked } : { name: who.name };
      await guarded(() =>
        addReferral(db, {
          referrer: direction === 'by' ? other : self,
          referred: direction === 'by' ? self : other,
          on: on || localDay(new Date()),
          note,
        }),
      );
      onDone();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="stack"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
      data-testid="referral-form"
    >
      <label>
        {t('fieldReferralWho')}
        <AccountNamePicker
          value={who}
          onChange={(v) => {
            setError('');
            setWho(v);
          }}
          exceptId={accountId}
          label={t('fieldReferralWho')}
          testId="referral-who"
        />
        <span className="muted small">
          {who.name.trim() && !who.accountId ? `${t('referralNameOnly')} · ` : ''}
          {t('referralPickerHint')}
        </span>
      </label>
      <label>
        {t('fieldReferralOn')}
        <input type="date" value={on} onChange={(e) => setOn(e.target.value)} required data-testid="referral-on" />
      </label>
      <label>
        {t('fieldReferralNote')}
        <input type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} data-testid="referral-note" />
      </label>
      <FormFooter busy={busy} onCancel={onDone} saveTestId="referral-save" error={error} />
    </form>
  );
}
