import { nowIso } from '@/lib/schema/common';
import { extractFromTab, type ExtractResult } from './extract-run';
import { buildPending, type CaptureFallback, type CaptureMode, type PendingCapture } from './pending';
import type { CaptureStore } from './store';

/** One capture gesture, whatever its origin (menu, shortcut, popup). */
export interface CaptureTrigger {
  tabId: number;
  mode: CaptureMode;
  /** The right-clicked frame (menu only). */
  frameId?: number;
  linkUrl?: string;
  fallback: CaptureFallback;
}

export interface BeginDeps {
  store: CaptureStore;
  openDialog: (captureId: string) => Promise<void>;
  extract?: typeof extractFromTab;
  newId?: () => string;
}

/**
 * Reads the tab, keeps the result under a fresh id and opens the dialog on it. 'auto' (shortcut
 * and popup) reads the selection first and runs the heavier page reader only when nothing is
 * selected.
 */
export async function beginCapture(deps: BeginDeps, t: CaptureTrigger): Promise<PendingCapture> {
  const extract = deps.extract ?? extractFromTab;
  const target = { tabId: t.tabId, frameId: t.frameId };
  let result: ExtractResult | null = await extract(target, {
    wantPage: t.mode === 'page',
    linkUrl: t.mode === 'link' ? t.linkUrl : undefined,
  });
  if (t.mode === 'auto' && result && !result.frames.some((f) => f.selection)) {
    result = (await extract({ tabId: t.tabId, frameId: 0 }, { wantPage: true })) ?? result;
  }
  const pending = buildPending({
    id: (deps.newId ?? (() => crypto.randomUUID()))(),
    mode: t.mode,
    capturedAt: nowIso(),
    tabId: t.tabId,
    frames: result?.frames ?? null,
    frameId: t.frameId,
    frameIds: result?.frameIds,
    fallback: t.fallback,
  });
  await deps.store.put(pending);
  await deps.openDialog(pending.id);
  return pending;
}
