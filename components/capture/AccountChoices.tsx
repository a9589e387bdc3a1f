import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { AccountChoice } from '@/lib/messaging/pages-to-worker';
import type { SearchHit } from '@/lib/messaging/pages-to-worker';
import { sendMessage } from '@/lib/messaging/protocol';
import { ManualSearch } from '@/components/ui/ManualSearch';

interface Props {
  choices: AccountChoice[];
  selected: string | null;
  onSelect: (account: AccountChoice) => void;
  /** A dossier found by search joins the list (first) and is selected. */
  onFound: (account: AccountChoice) => void;
}

/**
 * The suggested dossiers as a radio group (arrow keys move, the first is preselected), each with
 * why it is offered, then search as you type over every dossier for anything else.
 */
export function AccountChoices({ choices, selected, onSelect, onFound }: Props) {
  // A new key clears the search box once a hit is taken.
  const [searchKey, setSearchKey] = useState(0);
  const pick = async (hit: SearchHit) => {
    if (!hit.accountId) return;
    const account = await sendMessage('captureAccount', hit.accountId);
    if (account) onFound(account);
    setSearchKey((k) => k + 1);
  };
  return (
    <fieldset className="capture-accounts" data-testid="capture-accounts">
      <legend>{t('captureAccount')}</legend>
      {choices.length === 0 && <p className="muted small">{t('captureNoSuggestions')}</p>}
      {choices.map((a, i) => (
        <label key={a.id} className="choice" data-testid="capture-account">
          <input
            type="radio"
            name="account"
            value={a.id}
            checked={selected === a.id}
            onChange={() => onSelect(a)}
            // Focus starts on the proposed dossier: Enter saves at once, arrows pick another.
            autoFocus={i === 0}
          />
          <span dir="auto">{a.name}</span>
          <span className="badge">{t(`captureReason_${a.reason}` as MessageKey)}</span>
        </label>
      ))}
      <ManualSearch key={searchKey} onPick={(hit) => void pick(hit)} label={t('searchAccountPlaceholder')} />
    </fieldset>
  );
}
