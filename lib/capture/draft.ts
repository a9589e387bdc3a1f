import { z } from 'zod';
import { Id, IsoDate, IsoDay } from '@/lib/schema/common';
import { EventDetails } from '@/lib/schema/interaction';
import { safeUrl } from './link';
import { MAX_CAPTURE_BYTES, clipGraphemes, utf8Length } from './truncate';

import { CaptureKind } from '@/lib/schema/capture-kind';

export { CaptureKind, captureKinds } from '@/lib/schema/capture-kind';

/**
 * What the capture form sends (panel/context menu → background) before anything is written.
 * `accountId` may still be missing while the user picks the dossier; `draftToRecords` refuses
 * a draft without one. The source URL is reduced to a safe http(s) link or '' here, at the
 * trust boundary, so no javascript:/data: URL is ever stored where the UI would render a link.
 */
export const CaptureDraft = z
  .object({
    kind: CaptureKind,
    /** The captured words as plain text (already cut to 100 KB by captureSelection/capturePage). */
    text: z.string().refine((t) => utf8Length(t) <= MAX_CAPTURE_BYTES, 'text is over 100 KB: truncate it first'),
    /** The user's own words about the clip. */
    comment: z.string().trim().max(10_000).default(''),
    source: z.object({
      url: z
        .string()
        .max(MAX_CAPTURE_BYTES)
        .default('')
        .transform((u) => safeUrl(u) ?? ''),
      title: z.string().trim().max(1000).default(''),
    }),
    capturedAt: IsoDate,
    accountId: Id.optional(),
    /** The competitor entry a 'competitor' clip is noted on… */
    competitorId: Id.optional(),
    /** …or the name of a competitor to add to the dossier with this clip. */
    competitorName: z.string().trim().min(1).max(200).optional(),
    due: IsoDay.nullable().optional(),
    /** An 'event' clip: the exhibition, fair or corporate event it is about. */
    event: EventDetails.optional(),
  })
  .superRefine((draft, ctx) => {
    if (draft.kind === 'competitor' && !draft.competitorId && !draft.competitorName) {
      ctx.addIssue({ code: 'custom', path: ['competitorId'], message: 'a competitor clip needs competitorId or competitorName' });
    }
    if ((draft.kind === 'task' || draft.kind === 'need') && headline(draft.comment || draft.text, 1) === '') {
      ctx.addIssue({ code: 'custom', path: ['text'], message: `a ${draft.kind} needs text or a comment` });
    }
  });
export type CaptureDraft = z.infer<typeof CaptureDraft>;
export type CaptureDraftInput = z.input<typeof CaptureDraft>;

/** First non-empty line, one space between words, at most `maxChars` graphemes. */
export function headline(text: string, maxChars: number): string {
  const line =
    text
      .split('\n')
      .map((l) => l.replace(/\s+/gu, ' ').trim())
      .find((l) => l !== '') ?? '';
  return clipGraphemes(line, maxChars);
}
