import { getDb } from '@/lib/db/app-db';
import { updateTask } from '@/lib/db/repos/tasks';
import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { Account, Task } from '@/lib/schema';
import { errorText } from '@/components/ui/error-text';
import { guarded } from '@/components/dashboard/guarded';
import { FollowUpActions } from './FollowUpActions';

/**
 * Follow-ups of a deleted account. Deleting an account keeps its open promises (they were made
 * to a client); here the user decides: move each to another account, or delete it.
 */
export function OrphanTasks({ tasks, accounts, onError }: { tasks: Task[]; accounts: Account[]; onError: (m: string) => void }) {
  if (!tasks.length) return null;
  const db = getDb();
  const reassign = (task: Task, accountId: string) =>
    void guarded(() => updateTask(db, task.id, { accountId }, { accountId: task.accountId })).catch((e: unknown) =>
      onError(errorText(e)),
    );
  return (
    <section className="card" data-testid="orphan-tasks" aria-labelledby="orphans-h">
      <header className="card-head">
        <h2 id="orphans-h">{t('orphansTitle')}</h2>
      </header>
      <p className="muted small">{t('orphansHint')}</p>
      <ul className="plan-list">
        {tasks.map((task) => (
          <li key={task.id} data-testid="orphan-task">
            <span className="grow">
              {task.title}
              {task.due && <span className="when"> · {formatDay(task.due)}</span>}{' '}
              <span className="badge warn">{t('accountGone')}</span>
            </span>
            <select
              value=""
              onChange={(e) => e.target.value && reassign(task, e.target.value)}
              aria-label={`${t('actionReassign')}: ${task.title}`}
              data-testid="orphan-reassign"
            >
              <option value="">{t('actionReassign')}…</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <FollowUpActions task={task} onError={onError} />
          </li>
        ))}
      </ul>
    </section>
  );
}
