import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { meetingTypeName } from '@/lib/checklists/checklist';
import { ANY_MEETING } from '@/lib/checklists/default-templates';
import { getDb } from '@/lib/db/app-db';
import { getSettings } from '@/lib/db/repos/settings';
import { templatesInOrder } from '@/lib/db/queries/templates';
import {
  deleteTemplate,
  moveTemplate,
  restoreDefaultTemplates,
  restoreTemplates,
  snapshotTemplates,
} from '@/lib/db/repos/templates';
import { tPlural } from '@/lib/i18n/plural';
import { formatNumber } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { ChecklistTemplate } from '@/lib/schema';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { uiChecklistLocale } from '@/lib/checklists/ui-checklist-locale';
import { messagesLocale } from '@/lib/time/ui-locale';
import { draftOf, newDraft, type TemplateDraft } from './template-draft';
import { TemplateEditor } from './TemplateEditor';
import '@/components/dashboard/meetings.css';

/** #/templates: meeting types and their preparation checklists — edit, add, reorder, restore. */
export function TemplatesPage() {
  const db = getDb();
  const offerUndo = useUndo();
  const data = useLiveQuery(
    async () => ({
      templates: await templatesInOrder(db),
      settings: await getSettings(db),
    }),
    [],
  );
  const [editing, setEditing] = useState<TemplateDraft | null>(null);
  const [error, setError] = useState('');
  if (!data) return <p className="muted">{t('loading')}</p>;
  const { templates } = data;
  const fail = (e: Error) => setError(e.message);
  const name = (tpl: ChecklistTemplate) =>
    tpl.meetingType === ANY_MEETING && tpl.builtIn
      ? t('templateEveryMeeting')
      : meetingTypeName(tpl.meetingType, uiChecklistLocale(), [tpl]);

  const withUndo = async (message: string, write: () => Promise<unknown>) => {
    setError('');
    const snapshot = await snapshotTemplates(db);
    await guarded(write);
    offerUndo({ message, undo: () => restoreTemplates(db, snapshot) });
  };
  const remove = (tpl: ChecklistTemplate) =>
    void withUndo(t('deletedItem', name(tpl)), () => deleteTemplate(db, tpl.id)).catch(fail);
  const restore = () => void withUndo(t('templatesRestored'), () => restoreDefaultTemplates(db, messagesLocale())).catch(fail);
  const move = (id: string, delta: number) => void guarded(() => moveTemplate(db, id, delta)).catch(fail);
  const add = () => {
    const last = templates[templates.length - 1];
    setEditing(newDraft((last?.order ?? 0) + 1, data.settings.defaultRemindBeforeMin));
  };
  const isNew = editing && !templates.some((x) => x.id === editing.id);

  return (
    <section data-testid="templates">
      <header className="page-head">
        <h1>{t('navTemplates')}</h1>
        <span className="spacer" />
        <button onClick={add} data-testid="template-add">
          + {t('actionAddMeetingType')}
        </button>
        <button className="secondary" onClick={restore} data-testid="templates-restore">
          {t('actionRestoreDefaults')}
        </button>
      </header>
      <p className="muted">{t('templatesHint')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {isNew && (
        <div className="card">
          <TemplateEditor draft={editing} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />
        </div>
      )}
      {templates.length === 0 && !isNew && (
        <p className="empty" data-testid="templates-empty">
          {t('templatesEmpty')}
        </p>
      )}
      <ol className="template-list">
        {templates.map((tpl, i) => (
          <li key={tpl.id} data-testid="template">
            {editing?.id === tpl.id ? (
              <TemplateEditor draft={editing} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />
            ) : (
              <div className="template-row">
                <button
                  className="icon-button"
                  onClick={() => move(tpl.id, -1)}
                  disabled={i === 0}
                  aria-label={`${t('actionMoveUp')}: ${name(tpl)}`}
                >
                  ↑
                </button>
                <button
                  className="icon-button"
                  onClick={() => move(tpl.id, 1)}
                  disabled={i === templates.length - 1}
                  aria-label={`${t('actionMoveDown')}: ${name(tpl)}`}
                >
                  ↓
                </button>
                <strong data-testid="template-title">{name(tpl)}</strong>
                <span className="muted small">
                  {tpl.meetingType === ANY_MEETING
                    ? tPlural('templateItemsCount', tpl.items.length)
                    : t('templateSummary', tPlural('templateItemsCount', tpl.items.length), formatNumber(tpl.remindBeforeMin))}
                </span>
                <button className="link small" onClick={() => setEditing(draftOf(tpl))} data-testid="template-edit">
                  {t('actionEdit')}
                </button>
                <button
                  className="link small"
                  onClick={() => remove(tpl)}
                  aria-label={`${t('actionDelete')}: ${name(tpl)}`}
                  data-testid="template-delete"
                >
                  {t('actionDelete')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
