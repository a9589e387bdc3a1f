import { useState } from 'react';
import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { ExportIcsButton } from './ExportIcsButton';
import { FollowUpForm } from './FollowUpForm';
import { OrphanTasks } from './OrphanTasks';
import { PlanItemRow } from './PlanItemRow';
import { useWeekData } from './use-week-data';
import { noonOf } from '@/lib/time/local-time';
import { uiLocale } from '@/lib/time/ui-locale';
import '@/components/dashboard/meetings.css';

const weekdayName = (day: string) => new Intl.DateTimeFormat(uiLocale(), { weekday: 'long' }).format(noonOf(day));

/**
 * Today and This week (docs/domain.md §5: a weekly schedule of meetings and calls): overdue and today's
 * follow-ups, meetings to prepare, and accounts whose own contact rhythm has lapsed — shown as
 * suggestions, never as quotas (docs/domain.md §5).
 */
export function WeekPage() {
  const data = useWeekData();
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState('');
  if (!data) return <p className="muted">{t('loading')}</p>;
  const { plan } = data;
  // Earlier days keep their meetings; their open follow-ups are already in Today as overdue.
  const rest = plan.days
    .filter((d) => !d.isToday)
    .map((d) => (d.day < plan.today ? { ...d, items: d.items.filter((i) => i.kind !== 'follow-up') } : d));
  return (
    <section className="week" data-testid="week">
      <header className="page-head">
        <h1>{t('navWeek')}</h1>
        <span className="muted">
          {formatDay(plan.weekStart)} – {formatDay(plan.weekEnd)}
        </span>
        <span className="spacer" />
        <button onClick={() => setAdding(true)} data-testid="week-add-follow-up">
          + {t('actionAddFollowUp')}
        </button>
        <ExportIcsButton />
      </header>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {adding && (
        <section className="card">
          <FollowUpForm onDone={() => setAdding(false)} onCancel={() => setAdding(false)} />
        </section>
      )}
      <OrphanTasks tasks={data.orphans} accounts={data.accounts} onError={setError} />
      <section className="card" data-testid="today" aria-labelledby="today-h">
        <header className="card-head">
          <h2 id="today-h">
            {t('weekToday')} · {formatDay(plan.today)}
          </h2>
        </header>
        {plan.todayItems.length === 0 ? (
          <p className="muted" data-testid="today-empty">
            {t('weekTodayEmpty')}
          </p>
        ) : (
          <ul className="plan-list">
            {plan.todayItems.map((item) => (
              <PlanItemRow key={`${item.kind}-${item.refId}`} item={item} data={data} onError={setError} />
            ))}
          </ul>
        )}
      </section>
      <section className="card" data-testid="this-week" aria-labelledby="week-h">
        <header className="card-head">
          <h2 id="week-h">{t('weekRest')}</h2>
        </header>
        {rest.every((d) => d.items.length === 0) && <p className="muted">{t('weekEmpty')}</p>}
        {rest.map((d) =>
          d.items.length === 0 ? null : (
            <div key={d.day} className="week-day" data-testid="week-day">
              <h3>
                {weekdayName(d.day)}, {formatDay(d.day)}
                {d.day < plan.today ? ` · ${t('weekPast')}` : ''}
              </h3>
              <ul className="plan-list">
                {d.items.map((item) => (
                  <PlanItemRow key={`${item.kind}-${item.refId}`} item={item} data={data} onError={setError} />
                ))}
              </ul>
            </div>
          ),
        )}
      </section>
    </section>
  );
}
