import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { SYNC_OUTBOX } from '@/lib/db/sync-tables';
import type { SyncStatus } from '@/lib/messaging/sync-messages';
import { loadPouch } from '@/lib/sync/pouch';
import { originPattern } from '@/lib/sync/server-url';
import { classify, runOnce, statusOf, SyncFailure } from '@/lib/sync/space';
import type { SharingRun } from '@/lib/sync/sharing-run';
import { readConfig, readOn, readStatus, writeStatus } from '@/lib/sync/state';

export const SYNC_ALARM = 'keyside-sync';
/** A quiet moment after the last local write before a run (writes come in bursts). */
const AFTER_WRITE_MS = 5_000;
/** The regular run while the browser is open. */
const PERIOD_MIN = 15;
/** A page asking for the status starts a run when the last one is older than this. */
const STALE_MS = 2 * 60_000;
/** Retries after a failure: 1, 2, 4 … minutes, at most an hour. */
const backoffMin = (failures: number) => Math.min(60, 2 ** Math.max(0, failures - 1));

/** Whether the browser granted the server's origin (the page asks for it from the user's click). */
export async function hasServerPermission(serverUrl: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(serverUrl)] });
}

/**
 * When the own space syncs (docs/architecture.md, "Sync"): a few seconds after local writes (the
 * outbox changes, in the worker or any page), every 15 minutes by `chrome.alarms`, at browser
 * start (after the first requests, lib/background/after-start.ts), and when an open extension
 * page asks for the status and the last run is stale. One run at a time; a failed run is retried
 * with growing delays. With sync off nothing here loads PouchDB or makes a request.
 */
export class SyncService {
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = 0;
  private retryAt: number | undefined;
  private sharing: SharingRun | undefined;

  constructor(private readonly db: AppDB) {}

  /** Runs then also sync the spaces shared by or with this user (lib/sync/sharing-run.ts). */
  useSharing(sharing: SharingRun): void {
    this.sharing = sharing;
  }

  start(later: (task: () => void) => void): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) void this.runIfOn();
    });
    const prefix = `idb://${this.db.name}/${SYNC_OUTBOX}/`;
    Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
      if (this.db.syncSwitch.on && Object.keys(parts).some((k) => k.startsWith(prefix))) this.schedule(AFTER_WRITE_MS);
    });
    later(() => void this.runIfOn());
  }

  /** A run after `delayMs`, unless one is already planned sooner. */
  schedule(delayMs = AFTER_WRITE_MS): void {
    const due = Date.now() + delayMs;
    // A sooner request wins: enable/join ask for a run at once right after queueing every record,
    // which has already planned one a quiet moment later.
    if (this.timer !== undefined && this.due <= due) return;
    clearTimeout(this.timer);
    this.due = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runIfOn();
    }, delayMs);
  }

  async status(): Promise<SyncStatus> {
    const status = await statusOf(this.db, this.running !== undefined, this.retryAt);
    const stale = status.lastSyncAt === undefined || Date.now() - Date.parse(status.lastSyncAt) > STALE_MS;
    if (status.state === 'idle' && (stale || status.pending > 0)) this.schedule(0);
    return status;
  }

  async runIfOn(): Promise<void> {
    if (await readOn(this.db)) await this.run().catch(() => undefined);
  }

  /** Runs now (or joins the run under way); throws the classified error of a failed run. */
  async run(): Promise<void> {
    this.running ??= this.runOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runOnce(): Promise<void> {
    try {
      const config = await readConfig(this.db);
      if (!config) throw new SyncFailure('not-on', 'Sync is off.');
      if (!(await hasServerPermission(config.serverUrl)))
        throw new SyncFailure(
          'permission',
          `Keyside may not connect to ${new URL(config.serverUrl).origin}: allow it in Settings → Sync.`,
        );
      await runOnce(this.db, await loadPouch(), this.sharing);
      this.retryAt = undefined;
      await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MIN, delayInMinutes: PERIOD_MIN });
    } catch (e) {
      const error = classify(e);
      const { failures } = await readStatus(this.db);
      await writeStatus(this.db, { error, failures: failures + 1 });
      if (error.code !== 'not-on') {
        const delay = backoffMin(failures + 1);
        this.retryAt = Date.now() + delay * 60_000;
        await browser.alarms.create(SYNC_ALARM, { delayInMinutes: delay, periodInMinutes: PERIOD_MIN });
      }
      throw new SyncFailure(error.code, error.message);
    }
  }

  /** Sync off or forgotten: no alarm, no planned run. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.retryAt = undefined;
    await browser.alarms.clear(SYNC_ALARM);
  }
}
