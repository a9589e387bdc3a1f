import { formatDay } from '@/lib/i18n/format';
import { localDay } from '@/lib/time/local-time';
import { t } from '@/lib/i18n/t';
import type { Task } from '@/lib/schema';
import { AddFollowUp } from './AddFollowUp';
import { runCommand } from './run-command';

/** Open follow-ups, overdue first (the background sorts them), each completable in one click. */
export function OpenTasks({ tasks, accountId }: { tasks: Task[]; accountId: string }) {
  const today = localDay(new Date());
  return (
    <section>
      <h2>{t('sectionFollowUps')}</h2>
      {tasks.length === 0 && <p className="muted">{t('followUpsEmpty')}</p>}
      <ul className="tasks">
        {tasks.map((task) => {
          const day = task.due?.slice(0, 10);
          const overdue = !!day && day < today;
          return (
            <li key={task.id} data-testid="open-task" className={overdue ? 'overdue' : day === today ? 'today' : ''}>
              <label>
                <input
                  type="checkbox"
                  onChange={() => void runCommand({ type: 'setTaskStatus', taskId: task.id, status: 'done' })}
                  aria-label={t('taskComplete')}
                />{' '}
                {task.title}
              </label>
              {day && (
                <span className="due">
                  {overdue ? `${t('taskOverdue')} · ` : ''}
                  {formatDay(day)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <AddFollowUp accountId={accountId} />
    </section>
  );
}
