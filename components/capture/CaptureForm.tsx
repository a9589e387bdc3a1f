import { useState, type KeyboardEvent } from 'react';
import { errorText } from '@/components/ui/error-text';
import { t, tDynamic } from '@/lib/i18n/t';
import type { AccountChoice, CaptureView } from '@/lib/messaging/pages-to-worker';
import { sendMessage } from '@/lib/messaging/protocol';
import { AccountChoices } from './AccountChoices';
import { initialForm, NEW_COMPETITOR, toRequest, type CaptureFormState } from './capture-form';
import { KindChoice } from './KindChoice';
import { QuotePreview } from './QuotePreview';

/** How long "Saved to …" stays before the window closes itself. */
const CONFIRM_MS = 1200;

interface Props {
  capture: CaptureView;
  suggestions: AccountChoice[];
  onCancel: () => void;
}

/** Dossier, kind, comment; Enter saves (Ctrl+Enter inside the comment), Esc cancels. */
export function CaptureForm({ capture, suggestions, onCancel }: Props) {
  const [choices, setChoices] = useState(suggestions);
  const [form, setForm] = useState<CaptureFormState>(() => initialForm(suggestions));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const patch = (p: Partial<CaptureFormState>) => {
    setError('');
    setForm((f) => ({ ...f, ...p }));
  };
  const selectAccount = (a: AccountChoice) => patch({ accountId: a.id, competitorId: a.competitors[0]?.id ?? NEW_COMPETITOR });
  const found = (a: AccountChoice) => {
    setChoices((list) => [a, ...list.filter((x) => x.id !== a.id)]);
    selectAccount(a);
  };
  const competitors = choices.find((a) => a.id === form.accountId)?.competitors ?? [];

  const save = async () => {
    if (busy || saved) return;
    const req = toRequest(capture.id, form);
    if ('missing' in req) {
      setError(t(req.missing));
      return;
    }
    setBusy(true);
    try {
      const r = await sendMessage('captureSave', req);
      if (!r.ok) {
        setError(tDynamic(r.error.key, r.error.params));
        return;
      }
      setSaved(t('captureSaved', r.accountName));
      setTimeout(() => window.close(), CONFIRM_MS);
    } catch (e) {
      setError(tDynamic('errorUnexpected', [errorText(e)]));
    } finally {
      setBusy(false);
    }
  };
  // Enter saves from any field but the comment (new line there; Ctrl+Enter saves), buttons
  // (Enter presses them) and the search box (Enter must not file the clip into whichever
  // dossier happens to be selected).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    const el = e.target as HTMLInputElement;
    if (el.type === 'search' || el.tagName === 'BUTTON' || (el.tagName === 'TEXTAREA' && !(e.ctrlKey || e.metaKey))) return;
    e.preventDefault();
    void save();
  };

  if (saved)
    return (
      <p className="capture-saved" role="status" data-testid="capture-saved">
        ✓ {saved}
      </p>
    );
  return (
    // Not a <form>: the search hits are buttons, and in a form any button would submit it.
    <div className="capture-form" role="form" aria-label={t('captureTitle')} onKeyDown={onKeyDown} data-testid="capture-form">
      <QuotePreview capture={capture} text={form.fullText && capture.fullText ? capture.fullText : capture.text} />
      {capture.fullText && (
        <label className="choice small">
          <input
            type="checkbox"
            checked={form.fullText}
            onChange={(e) => patch({ fullText: e.target.checked })}
            data-testid="capture-full-text"
          />
          {t('captureFullText')}
        </label>
      )}
      <AccountChoices choices={choices} selected={form.accountId} onSelect={selectAccount} onFound={found} />
      <KindChoice form={form} competitors={competitors} onChange={patch} />
      <label className="capture-comment">
        {form.kind === 'task' ? t('captureCommentTask') : t('captureComment')}
        <textarea
          value={form.comment}
          maxLength={10_000}
          onChange={(e) => patch({ comment: e.target.value })}
          dir="auto"
          data-testid="capture-comment"
        />
      </label>
      {error && (
        <p className="error" role="alert" data-testid="capture-error">
          {error}
        </p>
      )}
      <div className="capture-actions">
        <span className="muted small">{t('captureKeys')}</span>
        <button type="button" className="secondary" onClick={onCancel} data-testid="capture-cancel">
          {t('actionCancel')}
        </button>
        <button type="button" disabled={busy} onClick={() => void save()} data-testid="capture-save">
          {busy ? t('captureSaving') : t('actionSave')}
        </button>
      </div>
    </div>
  );
}
