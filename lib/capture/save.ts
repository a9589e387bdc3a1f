import { ZodError } from 'zod';
import { appendNote, draftToRecords, type CaptureRecords } from './draft-records';
import type { AppDB } from '@/lib/db/app-db';
import { UserFacingError } from '@/lib/db/errors';
import { fileIntoAccount } from '@/lib/db/repos/filed-capture';
import type { Account } from '@/lib/schema/account';
import type { CaptureRequest } from '@/lib/messaging/pages-to-worker';
import type { PendingCapture } from './pending';

type ValidRequest = Required<Pick<CaptureRequest, 'accountId' | 'kind'>> & Omit<CaptureRequest, 'captureId'>;

/**
 * Files a pending capture into a dossier: the history entry always (source link, quote, capture
 * time), plus the competitor note, need or follow-up the user chose — all in one transaction,
 * so a failure writes nothing. The text comes from the background's own copy of the capture.
 */
export async function saveCapture(db: AppDB, pending: PendingCapture, req: ValidRequest) {
  const text = req.fullText && pending.fullText ? pending.fullText : pending.text;
  let records: CaptureRecords;
  try {
    records = draftToRecords({
      kind: req.kind,
      text,
      comment: req.comment ?? '',
      source: pending.source,
      capturedAt: pending.capturedAt,
      accountId: req.accountId,
      ...(req.kind === 'competitor' && req.competitorId ? { competitorId: req.competitorId } : {}),
      ...(req.kind === 'competitor' && !req.competitorId && req.competitorName ? { competitorName: req.competitorName } : {}),
      ...(req.kind === 'task' ? { due: req.due ?? null } : {}),
      ...(req.kind === 'event' && req.event ? { event: req.event } : {}),
    });
  } catch (e) {
    if (e instanceof ZodError) throw new UserFacingError(invalidKey(e), []);
    throw e;
  }
  const account = await fileIntoAccount(db, req.accountId, records, (a) => applyToAccount(a, records));
  return { interactionId: records.interaction.id, accountId: account.id, accountName: account.name };
}

/** The account with the capture's need or competitor note added; the same object when none. */
function applyToAccount(account: Account, records: CaptureRecords): Account {
  if (records.need) return { ...account, needs: [...account.needs, records.need.need] };
  if (records.competitor) return { ...account, competitors: [...account.competitors, records.competitor.competitor] };
  const note = records.competitorNote;
  if (!note) return account;
  if (!account.competitors.some((c) => c.id === note.competitorId)) throw new UserFacingError('errorGone');
  return {
    ...account,
    competitors: account.competitors.map((c) =>
      c.id === note.competitorId ? { ...c, notes: appendNote(c.notes, note.append) } : c,
    ),
  };
}

/** The draft's own checks say what is missing; map them to messages the dialog can show. */
function invalidKey(e: ZodError): string {
  const path = e.issues[0]?.path.join('.') ?? '';
  if (path.startsWith('competitor')) return 'captureNeedsCompetitor';
  if (path === 'text') return 'captureNeedsText';
  return 'captureInvalid';
}
