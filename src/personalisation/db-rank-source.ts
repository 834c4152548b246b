// The ranker's view of the database (engine/types.ts RankSource): precomputed neighbour lists
// and popularity, new items in topics, recent items. Lists that are the same for everyone
// (popularity per segment, the newest items) are kept in memory for a few seconds, so a busy
// "For you" page costs the database only the person's own rows.
import type { Neighbour, NeighbourSource, RankSource } from './engine/types.js';
import type { RecsRepo } from './recs-repo.js';

const SHARED_LIST_TTL_MS = 15_000;

function epoch(iso: string | null | undefined): number {
  return iso ? Date.parse(iso) : 0;
}

interface ItemFacts {
  topicIds: readonly number[];
  publishedAt: number;
  membersOnly: boolean;
}

/** Items whose facts are remembered at most (a few MB). */
const MAX_FACTS = 200_000;

export class DbRankSource implements RankSource {
  private readonly shared = new Map<string, { until: number; value: Promise<unknown> }>();
  private readonly facts = new Map<number, ItemFacts | null>();

  constructor(
    private readonly repo: RecsRepo,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Drops the shared lists (the job calls this after writing new ones; content changes too). */
  forget(): void {
    this.shared.clear();
  }

  private remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const hit = this.shared.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    const value = load();
    this.shared.set(key, { until: now + SHARED_LIST_TTL_MS, value });
    value.catch(() => this.shared.delete(key));
    return value;
  }

  async neighbours(itemIds: readonly number[], source: NeighbourSource, perItem: number): Promise<Map<number, Neighbour[]>> {
    const result = new Map<number, Neighbour[]>();
    for (const row of await this.repo.neighbours(itemIds, source)) {
      const list = result.get(row.item_id);
      const neighbour = { itemId: row.neighbour_id, score: row.score };
      if (list) list.push(neighbour);
      else result.set(row.item_id, [neighbour]);
    }
    for (const list of result.values()) {
      list.sort((a, b) => b.score - a.score);
      list.length = Math.min(list.length, perItem);
    }
    return result;
  }

  popular(segment: string, limit: number): Promise<Neighbour[]> {
    return this.remember(`popular:${segment}:${limit}`, async () => (await this.repo.popular(segment, limit)).map((r) => ({ itemId: r.item_id, score: r.score })));
  }

  async newInTopics(topicIds: readonly number[], since: number, limit: number) {
    const rows = await this.repo.newInTopics(topicIds, new Date(since).toISOString(), limit);
    return rows.map((r) => ({ itemId: r.item_id, topicId: r.topic_id, publishedAt: epoch(r.published_at) }));
  }

  recent(limit: number) {
    return this.remember(`recent:${limit}`, async () => (await this.repo.recent(limit)).map((r) => ({ itemId: r.id, publishedAt: epoch(r.published_at) })));
  }

  /**
   * Topics, time and access of items, remembered (a ranking asks about ~1,000 candidates; the
   * answers change only when content does, and `forgetItems` runs on every content change).
   * Unpublished items are remembered as absent.
   */
  async describe(itemIds: readonly number[]) {
    const result = new Map<number, ItemFacts>();
    const missing: number[] = [];
    for (const id of itemIds) {
      const known = this.facts.get(id);
      if (known === undefined) missing.push(id);
      else if (known !== null) result.set(id, known);
    }
    if (missing.length > 0) {
      if (this.facts.size + missing.length > MAX_FACTS) this.facts.clear();
      const found = new Map((await this.repo.describe(missing)).map((r) => [r.id, { topicIds: r.topicIds, publishedAt: epoch(r.published_at), membersOnly: r.access === 'members' }]));
      for (const id of missing) {
        const facts = found.get(id) ?? null;
        this.facts.set(id, facts);
        if (facts) result.set(id, facts);
      }
    }
    return result;
  }

  /** Content changed: what was remembered about items may be out of date. */
  forgetItems(): void {
    this.facts.clear();
    this.shared.clear();
  }
}
