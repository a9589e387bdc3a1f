import type { CaptureKind } from '@/lib/capture/draft';
import type { AccountChoice, CaptureRequest } from '@/lib/messaging/pages-to-worker';
import type { EventDetails } from '@/lib/schema/interaction';
import { addDays, localDay } from '@/lib/time/local-time';

/** Value of the competitor select that means "type a new competitor's name". */
export const NEW_COMPETITOR = '';

/** Everything the user chooses in the dialog. */
export interface CaptureFormState {
  accountId: string | null;
  kind: CaptureKind;
  competitorId: string;
  competitorName: string;
  due: string;
  comment: string;
  fullText: boolean;
  /** An 'event' capture's details (type, name, attendance). */
  event: EventDetails;
}

export function initialForm(suggestions: AccountChoice[], today: Date = new Date()): CaptureFormState {
  const first = suggestions[0];
  return {
    accountId: first?.id ?? null,
    kind: 'note',
    competitorId: first?.competitors[0]?.id ?? NEW_COMPETITOR,
    competitorName: '',
    due: dayAfter(today),
    comment: '',
    fullText: false,
    event: { type: 'exhibition', name: '', attendance: 'invited' },
  };
}

/** Tomorrow as the local YYYY-MM-DD a date input shows: a follow-up is rarely for today. */
export function dayAfter(today: Date): string {
  return addDays(localDay(today), 1);
}

/** The save message for the form, or the key of what is missing. */
export function toRequest(
  captureId: string,
  f: CaptureFormState,
): CaptureRequest | { missing: 'captureChooseAccount' | 'captureNeedsCompetitor' } {
  if (!f.accountId) return { missing: 'captureChooseAccount' };
  const req: CaptureRequest = {
    captureId,
    accountId: f.accountId,
    kind: f.kind,
    comment: f.comment.trim(),
    fullText: f.fullText,
  };
  if (f.kind === 'competitor') {
    if (f.competitorId !== NEW_COMPETITOR) req.competitorId = f.competitorId;
    else if (f.competitorName.trim()) req.competitorName = f.competitorName.trim();
    else return { missing: 'captureNeedsCompetitor' };
  }
  if (f.kind === 'task') req.due = f.due || null;
  if (f.kind === 'event') req.event = { ...f.event, name: f.event.name.trim() };
  return req;
}
