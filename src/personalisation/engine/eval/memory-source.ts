// A RankSource over in-memory maps, for the evaluation and the engine's tests. It plays the
// part of the database the request path reads: neighbour lists and popularity precomputed by
// the same engine functions the background job runs — from training data only.
import { CollabIndex } from '../collab.js';
import { allContentNeighbours, ContentModel } from '../content.js';
import { decayedPopularity } from '../popularity.js';
import type { CatalogueItem, Interaction, Neighbour, NeighbourSource, RankSource } from '../types.js';

export interface MemorySourceData {
  items: readonly CatalogueItem[];
  neighbours: Record<NeighbourSource, Map<number, Neighbour[]>>;
  popularity: Map<string, Neighbour[]>;
}

export class MemorySource implements RankSource {
  /** How many times the ranker called this source (tests check it stays constant). */
  calls = 0;
  private readonly byId: Map<number, CatalogueItem>;
  private readonly newestFirst: CatalogueItem[];

  /** `asOf` hides items published later, as the database would at that moment. */
  constructor(private readonly data: MemorySourceData, private readonly asOf = Infinity, shared?: MemorySource) {
    this.byId = shared?.byId ?? new Map(data.items.map((item) => [item.id, item]));
    this.newestFirst = shared?.newestFirst ?? [...data.items].sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id);
  }

  /** The same data seen at another moment (cheap: the indexes are shared). */
  at(asOf: number): MemorySource {
    return new MemorySource(this.data, asOf, this);
  }

  async neighbours(itemIds: readonly number[], source: NeighbourSource, perItem: number): Promise<Map<number, Neighbour[]>> {
    this.calls++;
    const lists = this.data.neighbours[source];
    return new Map(itemIds.map((id) => [id, (lists.get(id) ?? []).filter((n) => this.isVisible(n.itemId)).slice(0, perItem)]));
  }

  async popular(segment: string, limit: number): Promise<Neighbour[]> {
    this.calls++;
    return (this.data.popularity.get(segment) ?? []).slice(0, limit);
  }

  async newInTopics(topicIds: readonly number[], since: number, limit: number): Promise<{ itemId: number; topicId: number; publishedAt: number }[]> {
    this.calls++;
    const wanted = new Set(topicIds);
    const found: { itemId: number; topicId: number; publishedAt: number }[] = [];
    for (let i = this.firstVisible(); i < this.newestFirst.length; i++) {
      const item = this.newestFirst[i] as CatalogueItem;
      if (item.publishedAt < since || found.length >= limit) break;
      const topicId = item.topicIds.find((t) => wanted.has(t));
      if (topicId !== undefined) found.push({ itemId: item.id, topicId, publishedAt: item.publishedAt });
    }
    return found;
  }

  async recent(limit: number): Promise<{ itemId: number; publishedAt: number }[]> {
    this.calls++;
    const first = this.firstVisible();
    return this.newestFirst.slice(first, first + limit).map((item) => ({ itemId: item.id, publishedAt: item.publishedAt }));
  }

  async describe(itemIds: readonly number[]): Promise<Map<number, { topicIds: readonly number[]; publishedAt: number; membersOnly: boolean }>> {
    this.calls++;
    const described = new Map<number, { topicIds: readonly number[]; publishedAt: number; membersOnly: boolean }>();
    for (const id of itemIds) {
      const item = this.byId.get(id);
      if (item && this.isVisible(id)) described.set(id, { topicIds: item.topicIds, publishedAt: item.publishedAt, membersOnly: item.membersOnly });
    }
    return described;
  }

  private isVisible(itemId: number): boolean {
    const item = this.byId.get(itemId);
    return item !== undefined && item.publishedAt <= this.asOf;
  }

  /** Where the items published by `asOf` start in the newest-first list (binary search). */
  private firstVisible(): number {
    let lo = 0;
    let hi = this.newestFirst.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.newestFirst[mid]?.publishedAt ?? 0) > this.asOf) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface TrainingData {
  items: readonly CatalogueItem[];
  /** Only events before `now`: the caller's split decides what is training. */
  interactions: readonly Interaction[];
  now: number;
  segmentOf?: (userId: number) => string | undefined;
  neighboursPerItem?: number;
  popularDepth?: number;
}

/** Runs the background job's computations over training data and wraps them as a source. */
export function buildMemorySource(training: TrainingData): MemorySource {
  const k = training.neighboursPerItem ?? 50;
  const collab = new CollabIndex();
  collab.add(training.interactions.filter((e) => e.at < training.now));
  return new MemorySource({
    items: training.items,
    neighbours: { content: allContentNeighbours(new ContentModel(training.items), k), collab: collab.allNeighbours(k) },
    popularity: decayedPopularity(training.interactions, { now: training.now, segmentOf: training.segmentOf, limit: training.popularDepth ?? 1000 }),
  });
}
