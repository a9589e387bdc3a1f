import { tPlural } from '@/lib/i18n/plural';
import { t, type MessageKey } from '@/lib/i18n/t';
import { stages, type Account } from '@/lib/schema';
import type { FieldSpec } from '@/components/ui/FieldsForm';
import { Card, Prose } from './Card';
import { saveAccount } from './save-account';

function fields(): FieldSpec[] {
  return [
    { key: 'name', label: t('fieldAccountName'), kind: 'text', required: true },
    { key: 'legalName', label: t('fieldLegalName'), kind: 'text' },
    {
      key: 'stage',
      label: t('fieldStage'),
      kind: 'select',
      options: stages.map((s) => ({ value: s, label: t(`stage_${s}` as MessageKey) })),
    },
    { key: 'tags', label: t('fieldTags'), kind: 'lines' },
    { key: 'domains', label: t('fieldDomains'), kind: 'lines' },
    { key: 'segment', label: t('fieldSegment'), kind: 'text' },
    { key: 'region', label: t('fieldRegion'), kind: 'text' },
    { key: 'languages', label: t('fieldLanguages'), kind: 'lines' },
    { key: 'summary', label: t('fieldAccountSummary'), kind: 'textarea' },
    { key: 'business', label: t('fieldBusiness'), kind: 'textarea' },
    { key: 'cadenceDays', label: t('fieldCadence'), kind: 'number' },
  ];
}

/** Who the client is: identity, domains (for matching emails), what they do. */
export function IdentityCard({ account }: { account: Account }) {
  return (
    <Card
      title={t('sectionIdentity')}
      testId="identity"
      fields={fields()}
      values={account}
      onSave={(p, b) => saveAccount(account.id, p, b)}
    >
      <Prose text={account.summary} />
      <dl className="facts">
        {account.legalName && (
          <>
            <dt>{t('fieldLegalName')}</dt>
            <dd>{account.legalName}</dd>
          </>
        )}
        <dt>{t('fieldDomains')}</dt>
        <dd data-testid="domains">{account.domains.join(', ') || '—'}</dd>
        {account.segment && (
          <>
            <dt>{t('fieldSegment')}</dt>
            <dd>{account.segment}</dd>
          </>
        )}
        {account.region && (
          <>
            <dt>{t('fieldRegion')}</dt>
            <dd>{account.region}</dd>
          </>
        )}
        {account.languages.length > 0 && (
          <>
            <dt>{t('fieldLanguages')}</dt>
            <dd>{account.languages.join(', ')}</dd>
          </>
        )}
        {account.business && (
          <>
            <dt>{t('fieldBusiness')}</dt>
            <dd className="prose">{account.business}</dd>
          </>
        )}
        {account.cadenceDays && (
          <>
            <dt>{t('fieldCadence')}</dt>
            <dd>{tPlural('cadenceEvery', account.cadenceDays)}</dd>
          </>
        )}
      </dl>
    </Card>
  );
}
