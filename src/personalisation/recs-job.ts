// The recommender's background job. It keeps the content model and the collaborative index in
// memory and writes what requests read: each item's neighbour lists (content and "also read")
// and popularity per segment. The first run builds everything; later runs (every minute) read
// only what changed — items edited or published since the last run, events after the last one
// read — and rewrite only the lists of items those touch. A full rebuild every few hours
// refreshes lists that incremental runs leave slightly stale (an old item whose neighbour was
// just read). With several processes, one holds a lease and does the work; the others only read.
import { randomUUID } from 'node:crypto';
import type { Progress } from '../platform/progress.js';
import { CollabIndex } from './engine/collab.js';
import { ContentModel } from './engine/content.js';
import { decayedPopularity } from './engine/popularity.js';
import type { Interaction, Neighbour } from './engine/types.js';
import type { CatalogueRow, EventRow, RecsRepo } from './recs-repo.js';

/** Neighbours kept per item and source. */
export const NEIGHBOURS_PER_ITEM = 20;
const RUN_EVERY_MS = 60_000;
const FULL_REBUILD_EVERY_MS = 6 * 3_600_000;
const LEASE = 'recs.lease';
const LEASE_STALE_MS = 2 * 60_000;
/** Events older than this no longer move popularity (half-life 7 days: weight < 1/16). */
const POPULARITY_WINDOW_MS = 28 * 86_400_000;
const PAGE = 5_000;
/** Items whose lists are written per transaction, and the pause between transactions. */
const WRITE_BATCH = 250;
const WRITE_PAUSE_MS = 5;
const EVENT_PAGE = 50_000;

export interface RecsJobStatus {
  state: 'idle' | 'building' | 'updating' | 'waiting' | 'stopped';
  /** What the current run is doing, e.g. "Content neighbours 12,000 of 100,000". */
  step: string;
  lastRunAt: string | undefined;
  lastRunMs: number | undefined;
  items: number;
  people: number;
  eventsRead: number;
  lastError: string | undefined;
}

export interface RecsJobDeps {
  repo: RecsRepo;
  /** Called after lists were written, so cached shared lists are dropped. */
  onUpdated: () => void;
  onError: (error: unknown) => void;
  /** Terminal progress for the long first build (the seed and `npm start` show it). */
  progress?: (label: string) => Progress;
  clock?: () => Date;
}

function toInteraction(e: EventRow): Interaction {
  return { userId: e.user_id, itemId: e.item_id, kind: e.kind, value: e.value, at: Date.parse(e.created_at) };
}

function toCatalogueItem(row: CatalogueRow) {
  return { id: row.id, title: row.title, summary: row.summary, body: row.body, topicIds: row.topicIds, publishedAt: Date.parse(row.publishedAt), membersOnly: row.access === 'members' };
}

export class RecsJob {
  private content: ContentModel | undefined;
  private collab: CollabIndex | undefined;
  private recentEvents: Interaction[] = [];
  private lastEventId = 0;
  private lastItemCheck = '';
  private lastFullBuild = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private isStopped = true;
  private readonly holder = randomUUID();
  private readonly current: RecsJobStatus = { state: 'idle', step: '', lastRunAt: undefined, lastRunMs: undefined, items: 0, people: 0, eventsRead: 0, lastError: undefined };

  constructor(private readonly deps: RecsJobDeps) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  status(): RecsJobStatus {
    return { ...this.current };
  }

  /** One run: a full build the first time (and every few hours), else an incremental update. */
  async runOnce(options: { full?: boolean } = {}): Promise<void> {
    const started = this.now();
    if (!(await this.deps.repo.takeLease(LEASE, this.holder, started.toISOString(), new Date(started.getTime() - LEASE_STALE_MS).toISOString()))) {
      this.current.state = 'waiting';
      this.current.step = 'Another process is updating recommendations';
      return;
    }
    const isFull = options.full === true || !this.content || started.getTime() - this.lastFullBuild > FULL_REBUILD_EVERY_MS;
    try {
      if (isFull) await this.buildAll(started);
      else await this.update(started);
      this.current.lastError = undefined;
      this.deps.onUpdated();
    } catch (error) {
      this.current.lastError = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      this.current.state = this.isStopped ? 'stopped' : 'idle';
      this.current.step = '';
      this.current.lastRunAt = started.toISOString();
      this.current.lastRunMs = this.now().getTime() - started.getTime();
    }
  }

  private async buildAll(started: Date): Promise<void> {
    this.current.state = 'building';
    const content = new ContentModel();
    const itemIds: number[] = [];
    let afterId = 0;
    for (;;) {
      const page = await this.deps.repo.cataloguePage(afterId, PAGE);
      if (page.length === 0) break;
      for (const row of page) {
        content.upsert(toCatalogueItem(row));
        itemIds.push(row.id);
      }
      afterId = page[page.length - 1]!.id;
      this.current.step = `Reading items: ${content.size.toLocaleString('en-GB')}`;
    }
    this.current.items = content.size;
    const progress = this.deps.progress?.('Recommendations');
    progress?.start(3);
    this.current.step = `Content neighbours of ${content.size.toLocaleString('en-GB')} items`;
    await this.write('content', content.allNeighbours(NEIGHBOURS_PER_ITEM));
    progress?.tick(1);

    const collab = new CollabIndex();
    const windowStart = started.getTime() - POPULARITY_WINDOW_MS;
    this.recentEvents = [];
    this.lastEventId = 0;
    for (;;) {
      const events = await this.deps.repo.eventsAfter(this.lastEventId, EVENT_PAGE);
      if (events.length === 0) break;
      const interactions = events.map(toInteraction);
      collab.add(interactions);
      for (const i of interactions) if (i.at >= windowStart) this.recentEvents.push(i);
      this.lastEventId = events[events.length - 1]!.id;
      this.current.eventsRead += events.length;
      this.current.step = `Reading engagement: ${this.current.eventsRead.toLocaleString('en-GB')} events`;
    }
    this.current.people = collab.personCount;
    this.current.step = `"Also read" neighbours of ${collab.itemCount.toLocaleString('en-GB')} items`;
    await this.write('collab', collab.neighboursOf(itemIds, NEIGHBOURS_PER_ITEM));
    progress?.tick(2);
    await this.writePopularity(started);
    progress?.tick(3);
    progress?.finish(`${content.size} items, ${collab.personCount} people, ${this.current.eventsRead} events`);
    this.content = content;
    this.collab = collab;
    this.lastItemCheck = started.toISOString();
    this.lastFullBuild = started.getTime();
    // When the lists were last built in full (the bench waits for it; operators can look).
    await this.deps.repo.setJobState('recs.built_at', this.now().toISOString(), this.now().toISOString());
  }

  private async update(started: Date): Promise<void> {
    this.current.state = 'updating';
    const content = this.content!;
    const collab = this.collab!;
    // Items published, edited or withdrawn since the last run.
    const changed = await this.deps.repo.changedSince(this.lastItemCheck);
    this.lastItemCheck = started.toISOString();
    if (changed.length > 0) {
      const listed = await this.deps.repo.catalogueRows(changed.filter((c) => c.isListed).map((c) => c.id));
      for (const row of listed) content.upsert(toCatalogueItem(row));
      const listedIds = new Set(listed.map((r) => r.id));
      for (const c of changed) if (!listedIds.has(c.id)) content.remove(c.id);
      const lists = new Map<number, Neighbour[]>();
      for (const c of changed) lists.set(c.id, listedIds.has(c.id) ? content.neighboursOf(c.id, NEIGHBOURS_PER_ITEM) : []);
      await this.write('content', lists);
    }
    // Engagement since the last event read.
    const touched = new Set<number>();
    for (;;) {
      const events = await this.deps.repo.eventsAfter(this.lastEventId, EVENT_PAGE);
      if (events.length === 0) break;
      const interactions = events.map(toInteraction);
      for (const id of collab.add(interactions)) touched.add(id);
      this.recentEvents.push(...interactions);
      this.lastEventId = events[events.length - 1]!.id;
      this.current.eventsRead += events.length;
    }
    if (touched.size > 0) await this.write('collab', collab.neighboursOf(touched, NEIGHBOURS_PER_ITEM));
    this.current.items = content.size;
    this.current.people = collab.personCount;
    await this.writePopularity(started);
  }

  private async writePopularity(now: Date): Promise<void> {
    const windowStart = now.getTime() - POPULARITY_WINDOW_MS;
    this.recentEvents = this.recentEvents.filter((e) => e.at >= windowStart);
    const types = await this.deps.repo.organisationTypes();
    const popularity = decayedPopularity(this.recentEvents, { now: now.getTime(), limit: 200, segmentOf: (userId) => { const t = types.get(userId); return t ? `orgtype:${t}` : undefined; } });
    await this.deps.repo.replacePopularity(popularity);
  }

  /**
   * Writes neighbour lists a few hundred items per transaction, pausing between them: on
   * SQLite a writer waits for the write lock, and the main thread's writes (sessions, reads,
   * analytics) must never wait long behind a big build.
   */
  private async write(source: 'content' | 'collab', lists: Map<number, Neighbour[]>): Promise<void> {
    let batch = new Map<number, Neighbour[]>();
    for (const [id, list] of lists) {
      batch.set(id, list);
      if (batch.size >= WRITE_BATCH) {
        await this.deps.repo.replaceNeighbours(source, batch);
        batch = new Map();
        await new Promise((resolve) => setTimeout(resolve, WRITE_PAUSE_MS));
      }
    }
    if (batch.size > 0) await this.deps.repo.replaceNeighbours(source, batch);
  }

  start(): void {
    this.isStopped = false;
    this.schedule(0);
  }

  /** Runs soon (e.g. after an item is published), without waiting for the minute. */
  wake(): void {
    if (!this.isStopped) this.schedule(1_000);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = (this.running ?? Promise.resolve())
        .then(() => this.runOnce())
        .catch((error: unknown) => this.deps.onError(error))
        .finally(() => {
          if (!this.isStopped) this.schedule(RUN_EVERY_MS);
        });
    }, delayMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.current.state = 'stopped';
    await this.deps.repo.releaseLease(LEASE, this.holder).catch(() => undefined);
  }
}
