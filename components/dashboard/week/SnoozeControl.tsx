import { getDb } from '@/lib/db/app-db';
import { updateTask } from '@/lib/db/repos/tasks';
import { formatDateTime } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { Task } from '@/lib/schema';
import { isSnoozed } from '@/lib/tasks/due';
import { guarded } from '@/components/dashboard/guarded';
import { errorText } from '@/components/ui/error-text';
import { snoozeChoices, snoozeUntil, type SnoozeChoice } from './snooze';
import { uiLocale } from '@/lib/time/ui-locale';

/** "Snooze…" as a native select (keyboard and screen readers for free); a snoozed task can wake early. */
export function SnoozeControl({ task, onError }: { task: Task; onError: (message: string) => void }) {
  const db = getDb();
  const write = (patch: Partial<Task>) =>
    void guarded(() => updateTask(db, task.id, patch)).catch((e: unknown) => onError(errorText(e)));
  // isSnoozed() is true only when there is a date, so the button always has one to show.
  const snoozedUntil = isSnoozed(task, new Date()) ? task.snoozedUntil : null;
  return (
    <>
      {snoozedUntil && (
        <button
          className="link small snoozed"
          onClick={() => write({ snoozedUntil: null })}
          title={t('actionUnsnooze')}
          data-testid="task-unsnooze"
        >
          {t('snoozedUntil', formatDateTime(snoozedUntil))}
        </button>
      )}
      <select
        className="small"
        value=""
        onChange={(e) =>
          e.target.value &&
          write({ snoozedUntil: snoozeUntil(e.target.value as SnoozeChoice, new Date(), undefined, uiLocale()) })
        }
        aria-label={`${t('actionSnooze')}: ${task.title}`}
        data-testid="task-snooze"
      >
        <option value="">{t('actionSnooze')}…</option>
        {snoozeChoices.map((c) => (
          <option key={c} value={c}>
            {t(`snooze_${c.replace('-', '_')}` as MessageKey)}
          </option>
        ))}
      </select>
    </>
  );
}
