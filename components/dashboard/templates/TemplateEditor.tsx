import { useState, type SubmitEvent } from 'react';
import { ANY_MEETING } from '@/lib/checklists/default-templates';
import { getDb } from '@/lib/db/app-db';
import { t } from '@/lib/i18n/t';
import { newId } from '@/lib/schema';
import { guarded } from '@/components/dashboard/guarded';
import { saveTemplate } from '@/lib/db/repos/templates';
import { moveAt, type TemplateDraft, templateOf, validateDraft } from './template-draft';
import { FormFooter } from '@/components/ui/FormFooter';

/** Name, reminder lead time and the items of one meeting type, edited in place. */
export function TemplateEditor(props: { draft: TemplateDraft; onDone: () => void; onCancel: () => void }) {
  const [d, setD] = useState(props.draft);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const setItem = (id: string, text: string) => setD({ ...d, items: d.items.map((i) => (i.id === id ? { ...i, text } : i)) });
  const move = (index: number, delta: number) => setD({ ...d, items: moveAt(d.items, index, delta) });

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const problems = validateDraft(d);
    setErrors(problems.map((k) => t(k)));
    if (problems.length) return;
    setBusy(true);
    try {
      await guarded(() => saveTemplate(getDb(), templateOf(d)));
      props.onDone();
    } catch (err) {
      setErrors([(err as Error).message]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack"
      onSubmit={(e) => void submit(e)}
      data-testid="template-form"
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      noValidate
    >
      <label>
        {t('fieldTemplateName')}
        <input
          type="text"
          autoFocus
          value={d.name}
          onChange={(e) => setD({ ...d, name: e.target.value })}
          data-testid="template-name"
        />
      </label>
      {d.meetingType !== ANY_MEETING && (
        <label>
          {t('fieldRemindBefore')}
          <input
            type="number"
            min={0}
            value={d.remindBeforeMin}
            onChange={(e) => setD({ ...d, remindBeforeMin: e.target.value })}
            data-testid="template-remind"
          />
        </label>
      )}
      <fieldset className="next-steps">
        <legend>{t('fieldChecklistItems')}</legend>
        <ol className="template-items">
          {d.items.map((item, i) => (
            <li key={item.id} data-testid="template-item">
              <input
                type="text"
                value={item.text}
                onChange={(e) => setItem(item.id, e.target.value)}
                aria-label={t('templateItemN', i + 1)}
                data-testid="template-item-text"
              />
              <button
                type="button"
                className="icon-button"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={`${t('actionMoveUp')}: ${item.text || i + 1}`}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                onClick={() => move(i, 1)}
                disabled={i === d.items.length - 1}
                aria-label={`${t('actionMoveDown')}: ${item.text || i + 1}`}
              >
                ↓
              </button>
              <button
                type="button"
                className="link small"
                onClick={() => setD({ ...d, items: d.items.filter((x) => x.id !== item.id) })}
                aria-label={`${t('actionRemove')}: ${item.text || i + 1}`}
                data-testid="template-item-remove"
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="link small"
          onClick={() => setD({ ...d, items: [...d.items, { id: newId(), text: '' }] })}
          data-testid="template-add-item"
        >
          + {t('actionAddItem')}
        </button>
      </fieldset>
      <FormFooter busy={busy} onCancel={props.onCancel} saveTestId="template-save" error={errors} errorTestId="template-errors" />
    </form>
  );
}
