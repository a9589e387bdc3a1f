import { clipGraphemes, truncateUtf8, utf8Length } from './truncate';
import type { CaptureView } from '@/lib/messaging/pages-to-worker';
import type { FrameExtract, PageFacts } from './in-page';

/** What the user asked to capture: menu item, shortcut or popup button. */
export type CaptureMode = 'selection' | 'page' | 'link' | 'auto';

/** A capture waiting for its dialog: what the dialog shows plus what suggestions need. */
export interface PendingCapture extends CaptureView {
  tabId?: number;
  /** The page the capture came from (for a link capture, the page the link was on). */
  pageUrl: string;
}

/** What the browser tells us without touching the page: the fallback when injection fails. */
export interface CaptureFallback {
  /** contextMenus' own copy of the selection (whitespace collapsed, but better than nothing). */
  selectionText?: string;
  linkUrl?: string;
  pageUrl?: string;
  pageTitle?: string;
}

export interface PendingInput {
  id: string;
  mode: CaptureMode;
  capturedAt: string;
  tabId?: number;
  /** Per-frame results; null when the script could not run (chrome:// pages, the Web Store). */
  frames: FrameExtract[] | null;
  /** The frame the user right-clicked, whose selection wins. */
  frameId?: number;
  frameIds?: number[];
  fallback: CaptureFallback;
}

/**
 * Chooses what the capture is from the frames' results: the clicked frame's selection, else the
 * top frame's, else any; the top frame's page facts, else the tab's title and URL.
 */
export function buildPending(input: PendingInput): PendingCapture {
  const frames = input.frames ?? [];
  const clicked = input.frameId === undefined ? undefined : frames[input.frameIds?.indexOf(input.frameId) ?? -1];
  const top = frames.find((f) => f.top);
  const selection =
    clicked?.selection ??
    top?.selection ??
    frames.find((f) => f.selection)?.selection ??
    (input.fallback.selectionText?.trim() ? truncateUtf8(input.fallback.selectionText) : null);
  const page: PageFacts = top?.page ?? { title: input.fallback.pageTitle ?? '', url: input.fallback.pageUrl ?? '' };
  const base = { id: input.id, capturedAt: input.capturedAt, tabId: input.tabId, pageUrl: page.url };
  const source = { url: page.url, title: clipGraphemes(page.title, 500) };

  if (input.mode === 'link') {
    const link = frames.map((f) => f.link).find((l) => l) ?? null;
    const text = link?.text ?? '';
    if (link?.url)
      return { ...base, mode: 'link', text, truncated: false, bytes: utf8Length(text), source: { url: link.url, title: text } };
    // An unsafe target (javascript:) is not kept as a source: the words stay, the page is the source.
    return { ...base, mode: 'link', text, truncated: false, bytes: utf8Length(text), source };
  }
  if (selection && input.mode !== 'page') {
    return { ...base, mode: 'selection', text: selection.text, truncated: selection.truncated, bytes: selection.bytes, source };
  }
  const excerpt = page.excerpt ?? '';
  const fullText = page.text && page.text.length > excerpt.length ? page.text : undefined;
  return {
    ...base,
    mode: 'page',
    text: excerpt,
    truncated: false,
    bytes: page.bytes ?? 0,
    ...(fullText ? { fullText } : {}),
    source,
  };
}
