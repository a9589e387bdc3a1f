import type { z } from 'zod';
import { Competitor, Need } from '@/lib/schema/account';
import { newId as mintId, nowIso } from '@/lib/schema/common';
import { Interaction } from '@/lib/schema/interaction';
import { Task } from '@/lib/schema/task';
import { CaptureDraft, headline, type CaptureDraftInput } from './draft';
import { clipGraphemes } from './truncate';

type NeedRecord = z.infer<typeof Need>;

/**
 * Everything one capture writes, for the repo to store in a single transaction. The clip
 * interaction always exists — the history keeps the source URL, the quote and the capture time
 * whatever else the clip became — and the extra record links back to it where the schema can.
 */
export interface CaptureRecords {
  interaction: Interaction;
  task?: Task;
  need?: { accountId: string; need: NeedRecord };
  /** Append `append` to the competitor's notes with `appendNote` (never overwrite them). */
  competitorNote?: { accountId: string; competitorId: string; append: string };
  /** A competitor named in the draft but not yet in the dossier. */
  competitor?: { accountId: string; competitor: Competitor };
}

export interface RecordDeps {
  newId?: () => string;
  now?: () => string;
}

/** Turn a draft into records; throws (ZodError or Error) rather than produce a half capture. */
export function draftToRecords(input: CaptureDraftInput, deps: RecordDeps = {}): CaptureRecords {
  const draft = CaptureDraft.parse(input);
  const { accountId } = draft;
  if (!accountId) throw new Error('capture draft has no accountId: choose a dossier first');
  const id = deps.newId ?? mintId;
  const now = (deps.now ?? nowIso)();
  const source = {
    ...(draft.source.url ? { url: draft.source.url } : {}),
    ...(draft.source.title ? { title: draft.source.title } : {}),
  };
  const interaction = Interaction.parse({
    id: id(),
    accountId,
    // An event clip is the event's history entry itself (with its details); any other is a clip.
    kind: draft.kind === 'event' ? 'event' : 'clip',
    at: draft.capturedAt,
    summary: draft.comment || headline(draft.text, 200) || draft.source.title,
    ...(Object.keys(source).length > 0 ? { source } : {}),
    quote: draft.text,
    ...(draft.kind === 'event' ? { event: draft.event ?? {} } : {}),
    createdAt: now,
  });
  const records: CaptureRecords = { interaction };

  switch (draft.kind) {
    case 'task':
      records.task = Task.parse({
        id: id(),
        accountId,
        title: draft.comment ? headline(draft.comment, 200) : headline(draft.text, 200),
        due: draft.due ?? null,
        interactionId: interaction.id,
        createdAt: now,
      });
      break;
    case 'need':
      records.need = {
        accountId,
        need: Need.parse({
          id: id(),
          text: draft.comment || clipGraphemes(draft.text.trim(), 1000),
          at: draft.capturedAt,
          source: draft.source.url || draft.source.title,
        }),
      };
      break;
    case 'competitor': {
      const append = competitorBlock(draft);
      if (draft.competitorId) records.competitorNote = { accountId, competitorId: draft.competitorId, append };
      else
        records.competitor = { accountId, competitor: Competitor.parse({ id: id(), name: draft.competitorName, notes: append }) };
      break;
    }
    case 'note':
    case 'event':
      break;
  }
  return records;
}

/** Existing notes plus one more block, separated by a blank line. */
export function appendNote(existing: string, block: string): string {
  const before = existing.trimEnd();
  return before === '' ? block : `${before}\n\n${block}`;
}

/** "2026-11-23 · Title — https://…", the comment, then the quote: readable in a plain textarea. */
function competitorBlock(draft: CaptureDraft): string {
  const where = [draft.source.title, draft.source.url].filter((s) => s !== '').join(' — ');
  const quote = draft.text.trim();
  return [
    `${draft.capturedAt.slice(0, 10)}${where ? ` · ${where}` : ''}`,
    draft.comment,
    quote ? `“${clipGraphemes(quote, 2000)}”` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
