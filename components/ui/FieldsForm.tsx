import { useState, type SubmitEvent } from 'react';

export type FieldKind = 'text' | 'textarea' | 'lines' | 'select' | 'number' | 'date' | 'checkbox';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  options?: { value: string; label: string }[];
  required?: boolean;
  /** How to fill the field ("One per line"), shown inside it: the label stays the field's name. */
  hint?: string;
  /** Show (and save) the field only while this holds for the form's current inputs, e.g. an event's details for kind `event`. */
  when?: (inputs: Record<string, string | boolean>) => boolean;
}

type Values = Record<string, unknown>;

function toInput(kind: FieldKind, v: unknown): string | boolean {
  if (kind === 'checkbox') return !!v;
  if (kind === 'lines') return ((v as string[] | undefined) ?? []).join('\n');
  // Records hold strings, numbers and booleans in these fields; anything else shows as empty.
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

function fromInput(kind: FieldKind, v: string | boolean): unknown {
  if (kind === 'checkbox') return !!v;
  const s = String(v);
  if (kind === 'lines')
    return s
      .split(/\n|,/)
      .map((x) => x.trim())
      .filter(Boolean);
  if (kind === 'number') return s.trim() === '' ? null : Number(s);
  if (kind === 'date') return s || null;
  return s;
}

/**
 * One form for any record's fields, so every dossier section edits the same way (labels,
 * keyboard, validation messages). Returns only changed fields with the values they replaced,
 * for the conflict check against another tab's edit.
 */
export function FieldsForm(props: {
  fields: FieldSpec[];
  values: Values;
  onSave: (patch: Values, base: Values) => Promise<void>;
  onCancel: () => void;
  saveLabel: string;
  cancelLabel: string;
  testId?: string;
}) {
  const [state, setState] = useState(() =>
    Object.fromEntries(props.fields.map((f) => [f.key, toInput(f.kind, props.values[f.key])])),
  );
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // Every field has state from the first render; a field added later starts from its value.
  const inputOf = (f: FieldSpec) => state[f.key] ?? toInput(f.kind, props.values[f.key]);
  const shown = props.fields.filter((f) => !f.when || f.when(state));
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const patch: Values = {};
    const base: Values = {};
    for (const f of shown) {
      const next = fromInput(f.kind, inputOf(f));
      if (JSON.stringify(next) !== JSON.stringify(fromInput(f.kind, toInput(f.kind, props.values[f.key])))) {
        patch[f.key] = next;
        base[f.key] = props.values[f.key];
      }
    }
    setBusy(true);
    try {
      await props.onSave(patch, base);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="stack"
      onSubmit={(e) => void submit(e)}
      data-testid={props.testId}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      {shown.map((f, i) => {
        const common = { id: `f-${f.key}`, name: f.key, autoFocus: i === 0, required: f.required };
        const v = inputOf(f);
        const set = (x: string | boolean) => setState((s) => ({ ...s, [f.key]: x }));
        return (
          <label key={f.key} htmlFor={common.id}>
            {f.label}
            {f.kind === 'textarea' || f.kind === 'lines' ? (
              <textarea {...common} placeholder={f.hint} value={String(v)} onChange={(e) => set(e.target.value)} />
            ) : f.kind === 'select' ? (
              <select {...common} value={String(v)} onChange={(e) => set(e.target.value)}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.kind === 'checkbox' ? (
              <input {...common} type="checkbox" checked={!!v} onChange={(e) => set(e.target.checked)} />
            ) : (
              <input
                {...common}
                type={f.kind === 'number' ? 'number' : f.kind === 'date' ? 'date' : 'text'}
                value={String(v)}
                onChange={(e) => set(e.target.value)}
              />
            )}
          </label>
        );
      })}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy}>
          {props.saveLabel}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </form>
  );
}
