/**
 * Work a freshly started worker does not owe its first requests. The browser stops an idle MV3
 * worker after about 30 s, so the email a manager opens next usually starts it again: the content
 * script's messages and the panel's port are what the user waits for (issue 13: ≤ 300 ms to the
 * dossier). The badge, the reminders' catch-up and plan, the template seed, the content-script
 * registrations and the search backfill each open the database and scan a table; they wait here
 * until the worker has been quiet for `quietMs` after its start (at most `maxMs`), so they never
 * stand between the first request and its answer. Event listeners are not deferred: they are
 * registered synchronously at start, or the event that woke the worker would be lost.
 */
export class AfterStart {
  private queue: (() => void)[] = [];
  private ran = false;
  private quiet: ReturnType<typeof setTimeout> | undefined;
  private readonly cap: ReturnType<typeof setTimeout>;

  constructor(
    private readonly quietMs = 500,
    maxMs = 3000,
  ) {
    this.cap = setTimeout(() => this.runNow(), maxMs);
    this.busy();
  }

  /** Queues `task` for after the start (runs it at once when that already happened). */
  later(task: () => void): void {
    if (this.ran) task();
    else this.queue.push(task);
  }

  /** A request arrived: the queued work waits for the next quiet moment (never past the cap). */
  busy(): void {
    if (this.ran) return;
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => this.runNow(), this.quietMs);
  }

  /** Runs the queued work now: a request needs it (a search needs the backfill's index). */
  runNow(): void {
    if (this.ran) return;
    this.ran = true;
    clearTimeout(this.quiet);
    clearTimeout(this.cap);
    const tasks = this.queue;
    this.queue = [];
    for (const task of tasks) {
      try {
        task();
      } catch (e) {
        console.error('Keyside: start-up work failed', e);
      }
    }
  }

  get started(): boolean {
    return this.ran;
  }
}
