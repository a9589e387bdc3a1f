import { t, tDynamic } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/protocol';
import { useEffect } from 'react';
import { CaptureForm } from './CaptureForm';
import { useCaptureDraft } from './use-capture-draft';

/** The capture dialog window (capture.html?id=…): loads the pending capture, then the form. */
export function CaptureApp({ captureId }: { captureId: string }) {
  const state = useCaptureDraft(captureId);
  const cancel = () => {
    void sendMessage('captureCancel', captureId)
      .catch(() => {
        // The dialog closes either way; a pending capture the background missed ages out of its
        // bounded store (lib/capture/store.ts).
      })
      .finally(() => window.close());
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const field = e.target as HTMLInputElement;
      // Esc in a search box with text clears the box (the browser's own behaviour), not the dialog.
      if (field.type === 'search' && field.value !== '') return;
      if (e.key === 'Escape' && !e.defaultPrevented) cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  return (
    <main className="capture">
      <h1>{t('captureTitle')}</h1>
      {state.status === 'loading' && <p className="muted">{t('captureLoading')}</p>}
      {state.status === 'error' && (
        <>
          <p className="error" role="alert" data-testid="capture-error">
            {tDynamic(state.error.key, state.error.params)}
          </p>
          <button className="secondary" onClick={cancel}>
            {t('actionCancel')}
          </button>
        </>
      )}
      {state.status === 'ready' && <CaptureForm capture={state.capture} suggestions={state.suggestions} onCancel={cancel} />}
    </main>
  );
}
