import { formatDay, formatTime } from '@/lib/i18n/format';
import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { PlanItem } from '@/lib/tasks/week';
import { typeLabel } from '@/components/dashboard/meetings/type-options';
import { FollowUpActions } from './FollowUpActions';
import type { WeekData } from './use-week-data';

function AccountName({ item }: { item: PlanItem }) {
  if (!item.accountName) return <span className="badge warn">{t('accountGone')}</span>;
  return (
    <a className="muted" href={`#/account/${encodeURIComponent(item.accountId)}`}>
      {item.accountName}
    </a>
  );
}

/** One line of the plan: a meeting to prepare, a follow-up to do, or an account to contact. */
export function PlanItemRow({
  item,
  data,
  onError,
  showDay,
}: {
  item: PlanItem;
  data: WeekData;
  onError: (m: string) => void;
  showDay?: boolean;
}) {
  const when = item.at ? formatTime(item.at) : '';
  if (item.kind === 'meeting' || item.kind === 'call') {
    return (
      <li data-testid="plan-meeting">
        <span className="plan-time">{when}</span>
        <a className="grow" href={`#/meeting/${encodeURIComponent(item.refId)}`}>
          {typeLabel({ type: item.title, checklistTemplateId: null }, data.templates)}
        </a>
        <AccountName item={item} />
        <a className="small" href={`#/meeting/${encodeURIComponent(item.refId)}`} aria-hidden="true" tabIndex={-1}>
          {t('actionPrepare')}
        </a>
      </li>
    );
  }
  if (item.kind === 'contact-due') {
    return (
      <li data-testid="plan-contact-due">
        <span className="plan-time" />
        <span className="grow">
          {item.daysSince === null || item.daysSince === undefined
            ? t('cadenceNever', tPlural('cadenceEvery', item.cadenceDays ?? 0))
            : tPlural('cadenceDue', item.daysSince, tPlural('cadenceEvery', item.cadenceDays ?? 0))}
        </span>
        <AccountName item={item} />
      </li>
    );
  }
  const task = data.tasks.get(item.refId);
  return (
    <li data-testid="plan-follow-up" className={item.overdue ? 'overdue' : ''}>
      <span className="plan-time">{when}</span>
      <span className="grow">
        {item.title}
        {item.overdue && (
          <span className="when">
            {' '}
            · {t('taskOverdue')} · {formatDay(item.day)}
          </span>
        )}
        {!item.overdue && showDay && <span className="when"> · {formatDay(item.day)}</span>}
      </span>
      <AccountName item={item} />
      {task && <FollowUpActions task={task} onError={onError} />}
    </li>
  );
}
