// Publishes scheduled items when their time comes. Runs once at start (so an item whose time
// passed while the server was down appears at once), then sleeps until the next scheduled
// time, at most a minute (so schedules made by another process are seen). Publishing is a
// conditional UPDATE (see DeskRepo.publishScheduled), so with several processes running each
// item is published, and audited, exactly once.
import type { AuditLog } from '../audit/service.js';
import { SYSTEM } from '../audit/service.js';
import type { DeskRepo } from './desk-repo.js';

const MAX_SLEEP_MS = 60_000;

export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private isStopped = true;

  constructor(
    private readonly deps: {
      repo: DeskRepo;
      audit: AuditLog;
      onPublished: () => void;
      onError: (error: unknown) => void;
      clock?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  /** Publishes every item whose time has come; returns how many this process published. */
  async publishDue(): Promise<number> {
    const now = this.now().toISOString();
    let published = 0;
    for (const id of await this.deps.repo.dueIds(now)) {
      const item = await this.deps.repo.publishScheduled(id, now);
      if (!item) continue; // another process got there first
      published++;
      await this.deps.audit.record(SYSTEM, { action: 'item.publish', subjectType: 'item', subjectId: item.id, summary: `Published “${item.title}” at its scheduled time` });
    }
    if (published > 0) this.deps.onPublished();
    return published;
  }

  start(): void {
    this.isStopped = false;
    this.wake();
  }

  /** Runs now and re-plans the next run (called after any schedule changes). */
  wake(): void {
    if (this.isStopped) return;
    clearTimeout(this.timer);
    this.running = (this.running ?? Promise.resolve(0))
      .then(() => this.publishDue())
      .catch((error: unknown) => {
        this.deps.onError(error);
        return 0;
      });
    void this.running.then(() => this.plan());
  }

  private async plan(): Promise<void> {
    if (this.isStopped) return;
    let sleep = MAX_SLEEP_MS;
    try {
      const next = await this.deps.repo.nextScheduledAt();
      if (next) sleep = Math.min(MAX_SLEEP_MS, Math.max(0, Date.parse(next) - this.now().getTime()) + 50);
    } catch (error) {
      this.deps.onError(error);
    }
    if (this.isStopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), sleep);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
