import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { tasksOf } from '@/lib/db/queries/open-tasks';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { deleteTask, setTaskStatus } from '@/lib/db/repos/tasks';
import { formatDateTime, formatDay } from '@/lib/i18n/format';
import { localDay } from '@/lib/time/local-time';
import { t } from '@/lib/i18n/t';
import type { Task } from '@/lib/schema';
import { sortOpenTasks } from '@/lib/tasks/due';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { FollowUpForm } from '@/components/dashboard/week/FollowUpForm';
import { SnoozeControl } from '@/components/dashboard/week/SnoozeControl';

/** The dossier card has no error line: a failed snooze leaves the task as the list shows it. */
function ignoreSnoozeError(): void {
  // Nothing to show; see above.
}

/** The promises made to this client: open first by due date, done ones collapsed below. */
export function FollowUpsCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const tasks = useLiveQuery(() => tasksOf(db, accountId), [accountId]);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // Saved or cancelled, the form goes away: focus returns to the button that opened it, not to the page's start.
  const closeForm = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const today = localDay(new Date());
  const open = sortOpenTasks(tasks ?? []);
  const done = (tasks ?? []).filter((x) => x.status === 'done');
  const remove = async (task: Task) => {
    await guarded(() => deleteTask(db, task.id));
    offerUndo({ message: t('deletedItem', task.title), undo: () => restoreDeleted(db, { table: 'tasks', record: task }) });
  };
  const row = (task: Task) => {
    const day = task.due?.slice(0, 10);
    const overdue = task.status === 'open' && !!day && day < today;
    return (
      <li
        key={task.id}
        className={overdue ? 'overdue' : day === today ? 'today' : ''}
        data-testid={task.status === 'open' ? 'dossier-open-task' : 'dossier-done-task'}
        data-entry-id={task.id}
      >
        <label>
          <input
            type="checkbox"
            checked={task.status === 'done'}
            onChange={(e) => void guarded(() => setTaskStatus(db, task.id, e.target.checked ? 'done' : 'open'))}
          />{' '}
          {task.status === 'done' ? <s>{task.title}</s> : task.title}
        </label>
        <span className="due">
          {task.status === 'open' && task.remindAt && (
            <span title={t('fieldRemindAt')}>🔔 {formatDateTime(task.remindAt)} · </span>
          )}
          {day ? `${overdue ? `${t('taskOverdue')} · ` : ''}${formatDay(day)}` : ''}
          {task.status === 'open' && <SnoozeControl task={task} onError={ignoreSnoozeError} />}
          <button className="link small" onClick={() => void remove(task)} aria-label={`${t('actionDelete')}: ${task.title}`}>
            ✕
          </button>
        </span>
      </li>
    );
  };
  return (
    <section className="card" data-testid="follow-ups">
      <header className="card-head">
        <h2>{t('sectionFollowUps')}</h2>
        <button ref={addButton} className="link small" onClick={() => setAdding(true)} data-testid="add-task">
          + {t('actionAdd')}
        </button>
      </header>
      {adding && <FollowUpForm accountId={accountId} onDone={closeForm} onCancel={closeForm} />}
      {tasks && open.length === 0 && !adding && <p className="muted">{t('followUpsEmpty')}</p>}
      <ul className="tasks">{open.map(row)}</ul>
      {done.length > 0 && (
        <details>
          <summary className="muted small">{t('doneCount', done.length)}</summary>
          <ul className="tasks">{done.map(row)}</ul>
        </details>
      )}
    </section>
  );
}
