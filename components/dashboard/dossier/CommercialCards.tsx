import { formatDay } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import { newId, type Account } from '@/lib/schema';
import { Card, Prose } from './Card';
import { saveAccount } from './save-account';

const ratings = ['unknown', 'good', 'watch', 'risk'] as const;
const planStatuses = ['draft', 'approved', 'in-progress', 'done'] as const;

/** Needs edited as lines; entries whose text is unchanged keep their id and date. */
function linesToNeeds(account: Account, lines: string[]): Account['needs'] {
  return lines.map((text) => account.needs.find((n) => n.text === text) ?? { id: newId(), text, at: new Date().toISOString() });
}

/** What matters in the relationship: nuances, needs, terms, reliability and the account plan. */
export function CommercialCards({ account }: { account: Account }) {
  const id = account.id;
  const rel = account.reliability ?? { rating: 'unknown' as const, notes: '', checkedAt: null };
  const plan = account.plan ?? { goals: '', targets: '', budget: '', status: 'draft' as const, reviewAt: null };
  return (
    <>
      <Card
        title={t('sectionNuances')}
        testId="nuances"
        fields={[{ key: 'nuances', label: t('fieldNuances'), hint: t('hintOnePerLine'), kind: 'lines' }]}
        values={account}
        onSave={(p, b) => saveAccount(id, p, b)}
      >
        {account.nuances.length ? (
          <ul className="nuances">
            {account.nuances.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('notFilled')}</p>
        )}
      </Card>
      <Card
        title={t('sectionNeeds')}
        testId="needs"
        fields={[{ key: 'needs', label: t('fieldNeeds'), hint: t('hintOnePerLine'), kind: 'lines' }]}
        values={{ needs: account.needs.map((n) => n.text) }}
        onSave={(p) => saveAccount(id, { needs: linesToNeeds(account, p.needs as string[]) }, { needs: account.needs })}
      >
        {account.needs.length ? (
          <ul>
            {account.needs.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('notFilled')}</p>
        )}
      </Card>
      <Card
        title={t('sectionTerms')}
        testId="terms"
        fields={[{ key: 'commercialTerms', label: t('sectionTerms'), kind: 'textarea' }]}
        values={account}
        onSave={(p, b) => saveAccount(id, p, b)}
      >
        <Prose text={account.commercialTerms} />
      </Card>
      <Card
        title={t('sectionReliability')}
        testId="reliability"
        fields={[
          {
            key: 'rating',
            label: t('fieldRating'),
            kind: 'select',
            options: ratings.map((r) => ({ value: r, label: t(`rating_${r}` as MessageKey) })),
          },
          { key: 'notes', label: t('fieldNotes'), kind: 'textarea' },
          { key: 'checkedAt', label: t('fieldCheckedAt'), kind: 'date' },
        ]}
        values={rel}
        onSave={(p) => saveAccount(id, { reliability: { ...rel, ...p } }, { reliability: account.reliability })}
      >
        <p>
          <span className={`badge rating-${rel.rating}`}>{t(`rating_${rel.rating}` as MessageKey)}</span>{' '}
          {rel.checkedAt && <span className="muted small">{t('checkedOn', formatDay(rel.checkedAt))}</span>}
        </p>
        {rel.notes && <p className="prose">{rel.notes}</p>}
      </Card>
      <Card
        title={t('sectionPlan')}
        testId="plan"
        fields={[
          { key: 'goals', label: t('fieldGoals'), kind: 'textarea' },
          { key: 'targets', label: t('fieldTargets'), kind: 'text' },
          { key: 'budget', label: t('fieldBudget'), kind: 'text' },
          {
            key: 'status',
            label: t('fieldPlanStatus'),
            kind: 'select',
            options: planStatuses.map((s) => ({ value: s, label: t(`plan_${s.replace('-', '_')}` as MessageKey) })),
          },
          { key: 'reviewAt', label: t('fieldReviewAt'), kind: 'date' },
        ]}
        values={plan}
        onSave={(p) => saveAccount(id, { plan: { ...plan, ...p } }, { plan: account.plan })}
      >
        <Prose text={plan.goals} />
        {plan.targets && (
          <p>
            <strong>{t('fieldTargets')}:</strong> {plan.targets}
          </p>
        )}
        <p className="muted small">
          {t(`plan_${plan.status.replace('-', '_')}` as MessageKey)}
          {plan.reviewAt ? ` · ${t('reviewOn', formatDay(plan.reviewAt))}` : ''}
        </p>
      </Card>
    </>
  );
}
