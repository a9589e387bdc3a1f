import { getDb } from '@/lib/db/app-db';
import { restoreDeleted } from '@/lib/db/repos/restore';
import { deleteTask, updateTask } from '@/lib/db/repos/tasks';
import { t } from '@/lib/i18n/t';
import type { Task } from '@/lib/schema';
import { complete, reopen } from '@/lib/tasks/due';
import { useUndo } from '@/components/ui/undo';
import { errorText } from '@/components/ui/error-text';
import { guarded } from '@/components/dashboard/guarded';
import { SnoozeControl } from './SnoozeControl';

/** Writes only the fields a status change touches, so another tab's edit of the title survives. */
function statusPatch(next: Task): Partial<Task> {
  return { status: next.status, doneAt: next.doneAt ?? null, snoozedUntil: next.snoozedUntil ?? null };
}

/**
 * Done, snooze, reopen, delete — the same everywhere a follow-up is listed. Completing and
 * deleting offer Undo instead of asking first.
 */
export function FollowUpActions({ task, onError }: { task: Task; onError: (message: string) => void }) {
  const db = getDb();
  const offerUndo = useUndo();
  const run = (write: () => Promise<unknown>) => void guarded(write).catch((e: unknown) => onError(errorText(e)));
  const done = () =>
    run(async () => {
      await updateTask(db, task.id, statusPatch(complete(task)));
      offerUndo({
        message: t('taskCompleted', task.title),
        undo: () => updateTask(db, task.id, statusPatch(reopen(task))).then(() => undefined),
      });
    });
  const remove = () =>
    run(async () => {
      await deleteTask(db, task.id);
      offerUndo({ message: t('deletedItem', task.title), undo: () => restoreDeleted(db, { table: 'tasks', record: task }) });
    });

  if (task.status === 'done') {
    return (
      <button
        className="link small"
        onClick={() => run(() => updateTask(db, task.id, statusPatch(reopen(task))))}
        data-testid="task-reopen"
      >
        {t('actionReopen')}
      </button>
    );
  }
  return (
    <span className="row task-actions">
      <SnoozeControl task={task} onError={onError} />
      <button
        className="secondary small"
        onClick={done}
        aria-label={`${t('taskComplete')}: ${task.title}`}
        data-testid="task-done"
      >
        ✓ {t('actionDone')}
      </button>
      <button
        className="link small"
        onClick={remove}
        aria-label={`${t('actionDelete')}: ${task.title}`}
        data-testid="task-delete"
      >
        ✕
      </button>
    </span>
  );
}
