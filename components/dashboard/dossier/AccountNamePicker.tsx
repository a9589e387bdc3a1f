import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type KeyboardEvent } from 'react';
import { getDb } from '@/lib/db/app-db';
import { accountsNamedLike } from '@/lib/db/queries/referrals';

/** A dossier picked from the list, or only a typed name (`accountId` null). */
export interface PickedName {
  accountId: string | null;
  name: string;
}

/**
 * Search as you type over the dossiers' names, for a field that also accepts a name with no
 * dossier behind it. A combobox (ARIA 1.2 pattern): arrows move through the suggestions, Enter
 * picks one, Escape closes the list; typing again drops the picked dossier and keeps the text.
 */
export function AccountNamePicker(props: {
  value: PickedName;
  onChange: (v: PickedName) => void;
  exceptId?: string;
  label: string;
  testId?: string;
}) {
  const db = getDb();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { value, onChange, exceptId } = props;
  const text = value.name;
  const hits = useLiveQuery(
    () => (value.accountId || !text.trim() ? Promise.resolve([]) : accountsNamedLike(db, text, { exceptId })),
    [text, value.accountId, exceptId],
  );
  const shown = open ? (hits ?? []) : [];
  const pick = (i: number) => {
    const a = shown[i];
    if (!a) return;
    onChange({ accountId: a.id, name: a.name });
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && shown.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % shown.length);
    } else if (e.key === 'ArrowUp' && shown.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? shown.length - 1 : a - 1));
    } else if (e.key === 'Enter' && active >= 0 && shown[active]) {
      // Enter picks the highlighted dossier instead of submitting the form.
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && shown.length) {
      // Closes the list only; a second Escape reaches the form (cancel).
      e.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <div className="picker">
      <input
        type="text"
        role="combobox"
        aria-label={props.label}
        aria-autocomplete="list"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 && shown[active] ? `${listId}-${active}` : undefined}
        value={text}
        maxLength={200}
        autoComplete="off"
        dir="auto"
        onChange={(e) => {
          onChange({ accountId: null, name: e.target.value });
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid={props.testId}
      />
      {shown.length > 0 && (
        <ul className="hits" role="listbox" id={listId}>
          {shown.map((a, i) => (
            <li
              key={a.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'hit active' : 'hit'}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
              data-testid="picker-option"
            >
              {a.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
