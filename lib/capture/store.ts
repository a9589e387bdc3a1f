import type { PendingCapture } from './pending';

const PREFIX = 'capture:';
/** Enough for a few open dialogs; older drafts are dropped so memory stays bounded. */
const MAX_PENDING = 20;

/** The slice of storage.session we use (fakeable in tests; absent in old browsers). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

/**
 * Captures waiting for their dialog. Kept in memory and mirrored to storage.session because an
 * MV3 worker may be stopped while the user thinks about the dialog; session storage is cleared
 * when the browser closes and is not readable by content scripts (trusted contexts only).
 */
export class CaptureStore {
  private memory = new Map<string, PendingCapture>();

  constructor(private session: SessionArea | undefined) {}

  async put(capture: PendingCapture): Promise<void> {
    this.memory.set(capture.id, capture);
    const stale = [...this.memory.keys()].slice(0, Math.max(0, this.memory.size - MAX_PENDING));
    for (const id of stale) this.memory.delete(id);
    await this.session?.remove(stale.map((id) => PREFIX + id)).catch(() => undefined);
    // A full session area (10 MB) only costs the restart case: the capture is still in memory.
    await this.session?.set({ [PREFIX + capture.id]: capture }).catch(() => undefined);
  }

  async get(id: string): Promise<PendingCapture | undefined> {
    const inMemory = this.memory.get(id);
    if (inMemory) return inMemory;
    const stored = (await this.session?.get(PREFIX + id).catch(() => undefined))?.[PREFIX + id];
    return isPending(stored) ? stored : undefined;
  }

  async delete(id: string): Promise<void> {
    this.memory.delete(id);
    await this.session?.remove(PREFIX + id).catch(() => undefined);
  }
}

function isPending(value: unknown): value is PendingCapture {
  const v = value as PendingCapture | undefined;
  return (
    typeof v?.id === 'string' &&
    typeof v.text === 'string' &&
    typeof (v.source as PendingCapture['source'] | undefined)?.url === 'string'
  );
}
