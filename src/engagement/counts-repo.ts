// Comment and recommend counts for a page of cards, in one query. Both parts are answered
// from indexes that start with item_id (comments_item; the recommends primary key), so the
// cost follows the cards shown, never the number of items.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface ItemCounts {
  comments: number;
  recommends: number;
}

export class CountsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Counts per item for the given ids. Comments are counted only for `commentItemIds`
   * (a subset), so the caller decides whose comment counts may be shown.
   */
  async countsFor(itemIds: readonly number[], commentItemIds: readonly number[]): Promise<Map<number, ItemCounts>> {
    const counts = new Map<number, ItemCounts>();
    if (itemIds.length === 0) return counts;
    const recommends = this.db
      .selectFrom('recommends')
      .select((eb) => ['item_id', sql<string>`'recommends'`.as('what'), eb.fn.countAll<number | string>().as('n')])
      .where('item_id', 'in', [...itemIds])
      .groupBy('item_id');
    const query = commentItemIds.length === 0
      ? recommends
      : recommends.unionAll(
          this.db
            .selectFrom('comments')
            .select((eb) => ['item_id', sql<string>`'comments'`.as('what'), eb.fn.countAll<number | string>().as('n')])
            .where('item_id', 'in', [...commentItemIds])
            .where('status', '=', 'visible')
            .groupBy('item_id'),
        );
    for (const row of await query.execute()) {
      const entry = counts.get(row.item_id) ?? { comments: 0, recommends: 0 };
      if (row.what === 'comments') entry.comments = Number(row.n);
      else entry.recommends = Number(row.n);
      counts.set(row.item_id, entry);
    }
    return counts;
  }
}
