import { useEffect, useState } from 'react';
import { errorText } from '@/components/ui/error-text';
import type { AccountChoice, CaptureError, CaptureView } from '@/lib/messaging/pages-to-worker';
import { sendMessage } from '@/lib/messaging/protocol';

export type DraftState =
  | { status: 'loading' }
  | { status: 'ready'; capture: CaptureView; suggestions: AccountChoice[] }
  | { status: 'error'; error: CaptureError };

/** The capture named in the dialog's URL (?id=…) and the dossiers the background suggests. */
export function useCaptureDraft(captureId: string): DraftState {
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    sendMessage('captureDraft', captureId).then(
      (r) =>
        live &&
        setState(
          r.ok ? { status: 'ready', capture: r.capture, suggestions: r.suggestions } : { status: 'error', error: r.error },
        ),
      (e: unknown) => live && setState({ status: 'error', error: { key: 'errorUnexpected', params: [errorText(e)] } }),
    );
    return () => {
      live = false;
    };
  }, [captureId]);
  return state;
}
