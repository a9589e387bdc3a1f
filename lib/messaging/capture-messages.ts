import { z } from 'zod';
import { CaptureKind } from '@/lib/capture/draft';
import { Id, IsoDay } from '@/lib/schema/common';

/**
 * Messages between the capture dialog / toolbar popup and the background. The dialog never
 * sends the captured text back: it names the capture by id and the background takes the text
 * and source it extracted itself, so a save cannot smuggle in words the page did not show.
 */

/** A capture waiting in the background for the dialog, keyed by a random id. */
export const CaptureId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a capture id');

/** popup -> background: capture from this tab (the selection if any, else the page). */
export const CaptureStart = z.object({
  tabId: z.number().int().nonnegative(),
  mode: z.enum(['auto', 'page']).default('auto'),
});
export type CaptureStartInput = z.input<typeof CaptureStart>;

/** dialog -> background: file capture `captureId` into a dossier as `kind`. */
export const CaptureRequest = z.object({
  captureId: CaptureId,
  accountId: Id.max(200),
  kind: CaptureKind,
  comment: z.string().max(10_000).default(''),
  competitorId: Id.max(200).optional(),
  competitorName: z.string().trim().min(1).max(200).optional(),
  due: IsoDay.nullable().optional(),
  /** Page captures: keep the whole article text instead of the excerpt. */
  fullText: z.boolean().default(false),
});
export type CaptureRequest = z.input<typeof CaptureRequest>;

export type CaptureError = { key: string; params: string[] };

export type CaptureSaveResult =
  | { ok: true; interactionId: string; accountId: string; accountName: string }
  | { ok: false; error: CaptureError };

export type CaptureStartResult = { ok: true; captureId: string } | { ok: false; error: CaptureError };

/** What was captured, as the dialog shows it (plain text only; rendered as text). */
export interface CaptureView {
  id: string;
  mode: 'selection' | 'page' | 'link';
  text: string;
  truncated: boolean;
  /** UTF-8 size before truncation. */
  bytes: number;
  /** Page captures: the article's main text, when longer than the excerpt. */
  fullText?: string;
  source: { url: string; title: string };
  capturedAt: string;
}

export interface CompetitorChoice {
  id: string;
  name: string;
}

/** A dossier the dialog offers, with why it is offered (shown next to the name). */
export interface AccountChoice {
  id: string;
  name: string;
  reason: 'domain' | 'panel' | 'recent' | 'search';
  competitors: CompetitorChoice[];
}

export type CaptureDraftResult =
  | { ok: true; capture: CaptureView; suggestions: AccountChoice[] }
  | { ok: false; error: CaptureError };
