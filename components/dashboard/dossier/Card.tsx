import { useState, type ReactNode } from 'react';
import { t } from '@/lib/i18n/t';
import { FieldsForm, type FieldSpec } from '@/components/ui/FieldsForm';

/**
 * A dossier section: read view by default, the same fields as a form on "Edit". Saving sends
 * only the changed fields with their old values (conflict check against other tabs).
 */
export function Card(props: {
  title: string;
  testId?: string;
  fields?: FieldSpec[];
  values?: Record<string, unknown>;
  onSave?: (patch: Record<string, unknown>, base: Record<string, unknown>) => Promise<void>;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const onSave = props.onSave;
  return (
    <section className="card" data-testid={props.testId} aria-label={props.title}>
      <header className="card-head">
        <h2>{props.title}</h2>
        {props.actions}
        {props.fields && !editing && (
          <button
            className="link small"
            onClick={() => setEditing(true)}
            data-testid={props.testId ? `${props.testId}-edit` : undefined}
          >
            {t('actionEdit')}
          </button>
        )}
      </header>
      {editing && props.fields && onSave ? (
        <FieldsForm
          fields={props.fields}
          values={props.values ?? {}}
          saveLabel={t('actionSave')}
          cancelLabel={t('actionCancel')}
          onCancel={() => setEditing(false)}
          onSave={async (patch, base) => {
            if (Object.keys(patch).length) await onSave(patch, base);
            setEditing(false);
          }}
        />
      ) : (
        props.children
      )}
    </section>
  );
}

/** Shows text or a quiet placeholder, keeping line breaks the user typed. */
export function Prose({ text }: { text: string }) {
  return text ? <p className="prose">{text}</p> : <p className="muted">{t('notFilled')}</p>;
}
