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
/** Neighbour lists remembered at most (per item and source; ~20 entries each). */
const MAX_LISTS = 50_000;
/** Shared answers remembered at most. */
const MAX_SHARED = 5_000;

export class DbRankSource implements RankSource {
  private readonly shared = new Map<string, { until: number; value: Promise<unknown> }>();
  private readonly facts = new Map<number, ItemFacts | null>();
  /**
   * Neighbour lists by "source:item", complete (not cut to a length): they change only when
   * the job writes new ones, which calls forget(). Most rankings ask about the same popular
   * items, so after warming up a ranking reads only the person's own rows.
   */
  private readonly lists = new Map<string, Neighbour[]>();

  constructor(
    private readonly repo: RecsRepo,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Drops the shared lists (the job calls this after writing new ones; content changes too). */
  forget(): void {
    this.shared.clear();
    this.lists.clear();
  }

  private remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const hit = this.shared.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    const value = load();
    // Keys for topic sets are many; expired ones are only dropped wholesale.
    if (this.shared.size >= MAX_SHARED) this.shared.clear();
    this.shared.set(key, { until: now + SHARED_LIST_TTL_MS, value });
    value.catch(() => this.shared.delete(key));
    return value;
  }

  async neighbours(itemIds: readonly number[], source: NeighbourSource, perItem: number): Promise<Map<number, Neighbour[]>> {
    const missing = [...new Set(itemIds)].filter((id) => !this.lists.has(`${source}:${id}`));
    if (missing.length > 0) {
      const loaded = new Map<number, Neighbour[]>(missing.map((id) => [id, []]));
      for (const row of await this.repo.neighbours(missing, source)) loaded.get(row.item_id)?.push({ itemId: row.neighbour_id, score: row.score });
      if (this.lists.size + missing.length > MAX_LISTS) this.lists.clear();
      for (const [id, list] of loaded) this.lists.set(`${source}:${id}`, list.sort((a, b) => b.score - a.score));
    }
    const result = new Map<number, Neighbour[]>();
    for (const id of itemIds) {
      const list = this.lists.get(`${source}:${id}`);
      if (list && list.length > 0) result.set(id, list.slice(0, perItem));
    }
    return result;
  }

  popular(segment: string, limit: number): Promise<Neighbour[]> {
    return this.remember(`popular:${segment}:${limit}`, async () => (await this.repo.popular(segment, limit)).map((r) => ({ itemId: r.item_id, score: r.score })));
  }

  /**
   * New items in a set of topics; many people follow the same few topics, so the answer is
   * shared for a few seconds per topic set (with `since` taken to the minute before).
   */
  newInTopics(topicIds: readonly number[], since: number, limit: number) {
    const from = Math.floor(since / 60_000) * 60_000;
    const key = `new:${[...topicIds].sort((a, b) => a - b).join(',')}:${from}:${limit}`;
    return this.remember(key, async () => {
      const rows = await this.repo.newInTopics(topicIds, new Date(from).toISOString(), limit);
      return rows.map((r) => ({ itemId: r.item_id, topicId: r.topic_id, publishedAt: epoch(r.published_at) }));
    });
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
    this.lists.clear();
  }
}
