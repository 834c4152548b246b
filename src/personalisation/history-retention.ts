// Deletes engagement events older than the site's retention setting ("Keep engagement
// history for N days", /admin/settings). Runs once at start, then once a day on a timer
// that does not keep the process alive and stops on container.close(). The delete is one
// statement, so several processes running it at once do no harm.
import type { EngagementEvents } from '../engagement/events.js';

const DAY_MS = 24 * 3600 * 1000;

export class HistoryRetention {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private isStopped = true;

  constructor(
    private readonly deps: {
      events: EngagementEvents;
      /** Read at every run, so a changed setting applies from the next one. */
      retentionDays: () => number;
      onError: (error: unknown) => void;
      intervalMs?: number;
    },
  ) {}

  /** Deletes what is older than the retention period now; how many events went. */
  async purgeNow(): Promise<number> {
    return this.deps.events.purgeOlderThan(this.deps.retentionDays());
  }

  start(): void {
    if (!this.isStopped) return;
    this.isStopped = false;
    this.run();
  }

  private run(): void {
    this.running = this.purgeNow()
      .catch((error: unknown) => this.deps.onError(error))
      .then(() => {
        if (this.isStopped) return;
        this.timer = setTimeout(() => this.run(), this.deps.intervalMs ?? DAY_MS);
        this.timer.unref();
      });
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
