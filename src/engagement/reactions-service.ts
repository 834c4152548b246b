// Ratings (1–5 stars, one per person per item, changeable) and recommends (a toggle), as
// ordered steps: load the item → check who is asking → act → record the event → drop the
// anonymous page cache when what the public sees changed.
import type { Viewer } from '../accounts/viewer.js';
import type { ItemKind } from '../db/schema.js';
import { Forbidden, Invalid, NotFound } from '../errors.js';
import { ACCESS_LABELS } from '../content/policy.js';
import { itemPath, KIND_LABELS } from '../content/urls.js';
import type { EngagementEvents } from './events.js';
import { reactionAccess, REFUSALS } from './reactions-policy.js';
import type { ReactableItem, ReactionsRepo } from './reactions-repo.js';

/** The average and count of ratings stay hidden until this many people have rated. */
export const MIN_RATINGS_SHOWN = 3;
/** "Most recommended" counts recommends made in this many days. */
export const MOST_RECOMMENDED_DAYS = 90;

/** What the reactions section shows for one item and one viewer. */
export interface ReactionState {
  itemId: number;
  path: string;
  /** Both undefined until MIN_RATINGS_SHOWN people have rated. */
  rating: { average: number; count: number } | undefined;
  recommends: number;
  /** The viewer's own rating and recommend (none for visitors). */
  myStars: number | undefined;
  isRecommended: boolean;
}

export interface RecommendedItem {
  id: number;
  kind: ItemKind;
  kindLabel: string;
  path: string;
  title: string;
  accessLabel: string | undefined;
  recommends: number;
}

export class ReactionsService {
  private readonly clock: () => Date;

  constructor(private readonly deps: { repo: ReactionsRepo; events: EngagementEvents; invalidatePages: () => void; clock?: () => Date }) {
    this.clock = deps.clock ?? (() => new Date());
  }

  async state(itemId: number, path: string, viewer: Viewer): Promise<ReactionState> {
    const { repo } = this.deps;
    const userId = viewer.kind === 'user' ? viewer.id : undefined;
    const [tally, recommends, myStars, isRecommended] = await Promise.all([
      repo.ratingTally(itemId),
      repo.recommendCount(itemId),
      userId !== undefined ? repo.starsOf(itemId, userId) : Promise.resolve(undefined),
      userId !== undefined ? repo.hasRecommended(itemId, userId) : Promise.resolve(false),
    ]);
    const rating = tally.count >= MIN_RATINGS_SHOWN && tally.average !== null ? { average: Math.round(tally.average * 10) / 10, count: tally.count } : undefined;
    return { itemId, path, rating, recommends, myStars, isRecommended };
  }

  /** Sets the viewer's rating of an item. `stars` is undefined when none was chosen. */
  async rate(viewer: Viewer, itemId: number, stars: number | undefined): Promise<ReactionState> {
    const { item, userId } = await this.allowed(viewer, itemId);
    if (stars === undefined || !Number.isInteger(stars) || stars < 1 || stars > 5) throw new Invalid('stars', 'Choose a rating from 1 to 5 stars, then save it.');
    const previous = await this.deps.repo.starsOf(item.id, userId);
    if (previous !== stars) {
      await this.deps.repo.upsertRating(item.id, userId, stars, this.now());
      await this.deps.events.record({ userId, itemId: item.id, kind: 'rate', value: stars });
    }
    const state = await this.state(item.id, itemPath(item.kind, item.slug), viewer);
    // Below the threshold the public page says only "Not enough ratings yet", which has not changed.
    if (previous !== stars && state.rating) this.deps.invalidatePages();
    return state;
  }

  /** Recommends an item, or takes a recommend back. Sending the same choice twice changes nothing. */
  async setRecommend(viewer: Viewer, itemId: number, recommend: boolean): Promise<ReactionState> {
    const { item, userId } = await this.allowed(viewer, itemId);
    const changed = recommend ? await this.deps.repo.addRecommend(item.id, userId, this.now()) : await this.deps.repo.removeRecommend(item.id, userId);
    if (changed) {
      await this.deps.events.record({ userId, itemId: item.id, kind: 'recommend', value: recommend ? 1 : -1 });
      this.deps.invalidatePages();
    }
    return this.state(item.id, itemPath(item.kind, item.slug), viewer);
  }

  /** The most recommended items of the last MOST_RECOMMENDED_DAYS days, site-wide or in a topic. */
  async mostRecommended(options: { topicId?: number; limit?: number } = {}): Promise<RecommendedItem[]> {
    const since = new Date(this.clock().getTime() - MOST_RECOMMENDED_DAYS * 24 * 3600 * 1000).toISOString();
    const rows = await this.deps.repo.mostRecommended({ since, limit: options.limit ?? 5, topicId: options.topicId });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      kindLabel: KIND_LABELS[row.kind].singular,
      path: itemPath(row.kind, row.slug),
      title: row.title,
      accessLabel: ACCESS_LABELS[row.access],
      recommends: row.recommends,
    }));
  }

  private async allowed(viewer: Viewer, itemId: number): Promise<{ item: ReactableItem; userId: number }> {
    const item = await this.deps.repo.findItem(itemId);
    if (!item) throw new NotFound('There is no item with that number.');
    const access = reactionAccess(viewer, item.access);
    if (access !== 'yes' || viewer.kind !== 'user') throw new Forbidden(REFUSALS[access === 'yes' ? 'log-in' : access]);
    return { item, userId: viewer.id };
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
