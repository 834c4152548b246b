// The only SQL for ratings and recommends. Every lookup by item goes through the tables'
// primary keys (item_id, user_id), so an item page costs a few index probes at any volume.
import type { Kysely } from 'kysely';
import type { AccessLevel, Database, ItemKind } from '../db/schema.js';

/** An item people can react to: published and not a static page. */
export interface ReactableItem {
  id: number;
  kind: Exclude<ItemKind, 'page'>;
  slug: string;
  access: AccessLevel;
}

export interface RatingTally {
  count: number;
  /** null when nobody has rated. */
  average: number | null;
}

export interface RecommendedRow {
  id: number;
  kind: ItemKind;
  slug: string;
  title: string;
  access: AccessLevel;
  recommends: number;
}

export class ReactionsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async findItem(id: number): Promise<ReactableItem | undefined> {
    const row = await this.db.selectFrom('items').select(['id', 'kind', 'slug', 'access']).where('id', '=', id).where('status', '=', 'published').where('kind', '!=', 'page').executeTakeFirst();
    return row ? { ...row, kind: row.kind as ReactableItem['kind'] } : undefined;
  }

  async ratingTally(itemId: number): Promise<RatingTally> {
    const row = await this.db
      .selectFrom('ratings')
      .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.avg<number | string | null>('stars').as('average')])
      .where('item_id', '=', itemId)
      .executeTakeFirstOrThrow();
    const count = Number(row.n);
    return { count, average: count > 0 && row.average !== null ? Number(row.average) : null };
  }

  async recommendCount(itemId: number): Promise<number> {
    const row = await this.db.selectFrom('recommends').select((eb) => eb.fn.countAll<number | string>().as('n')).where('item_id', '=', itemId).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async starsOf(itemId: number, userId: number): Promise<number | undefined> {
    const row = await this.db.selectFrom('ratings').select('stars').where('item_id', '=', itemId).where('user_id', '=', userId).executeTakeFirst();
    return row?.stars;
  }

  async hasRecommended(itemId: number, userId: number): Promise<boolean> {
    const row = await this.db.selectFrom('recommends').select('item_id').where('item_id', '=', itemId).where('user_id', '=', userId).executeTakeFirst();
    return row !== undefined;
  }

  /** Sets a person's rating (one per item; a second rating replaces the first). */
  async upsertRating(itemId: number, userId: number, stars: number, at: string): Promise<void> {
    await this.db
      .insertInto('ratings')
      .values({ item_id: itemId, user_id: userId, stars, updated_at: at })
      .onConflict((oc) => oc.columns(['item_id', 'user_id']).doUpdateSet({ stars, updated_at: at }))
      .execute();
  }

  /** True when a recommend was added (false: it was already there). */
  async addRecommend(itemId: number, userId: number, at: string): Promise<boolean> {
    const result = await this.db
      .insertInto('recommends')
      .values({ item_id: itemId, user_id: userId, created_at: at })
      .onConflict((oc) => oc.columns(['item_id', 'user_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** True when a recommend was taken back (false: there was none). */
  async removeRecommend(itemId: number, userId: number): Promise<boolean> {
    const result = await this.db.deleteFrom('recommends').where('item_id', '=', itemId).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * The items recommended most since a time, site-wide or in one topic. The query starts
   * from the recommends (not from the items), so its cost follows the number of recommends
   * in the period, and each item or topic link is a primary-key probe.
   */
  async mostRecommended(options: { since: string; limit: number; topicId?: number }): Promise<RecommendedRow[]> {
    // Counted in a subquery first: otherwise SQLite starts from the topic's items and reads
    // every one of them (tens of thousands of rows at 100,000 items) to find the few recommended.
    const counted = this.db
      .selectFrom('recommends')
      .select((eb) => ['item_id', eb.fn.countAll<number | string>().as('n'), eb.fn.max('created_at').as('latest')])
      .where('created_at', '>=', options.since)
      .groupBy('item_id')
      .as('r');
    // CROSS JOIN keeps SQLite's join order as written (PostgreSQL plans it as an inner join).
    let query = this.db
      .selectFrom(counted)
      .crossJoin('items as i')
      .whereRef('i.id', '=', 'r.item_id')
      .select(['i.id', 'i.kind', 'i.slug', 'i.title', 'i.access', 'r.n', 'r.latest'])
      .where('i.status', '=', 'published')
      .where('i.kind', '!=', 'page')
      .orderBy('r.n', 'desc')
      .orderBy('r.latest', 'desc')
      .orderBy('i.id', 'desc')
      .limit(options.limit);
    const { topicId } = options;
    if (topicId !== undefined) query = query.crossJoin('item_topics as t').whereRef('t.item_id', '=', 'r.item_id').where('t.topic_id', '=', topicId);
    const rows = await query.execute();
    return rows.map((row) => ({ id: row.id, kind: row.kind, slug: row.slug, title: row.title, access: row.access, recommends: Number(row.n) }));
  }
}
