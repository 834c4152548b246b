// The only SQL for topic follows: who follows which topic, and the topics an item is filed
// under (read from the content tables, which this domain never writes).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface FollowableTopic {
  id: number;
  name: string;
  slug: string;
}

export class FollowsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** True when the row was added (false: they already followed it). */
  async follow(userId: number, topicId: number, at: string): Promise<boolean> {
    const result = await this.db.insertInto('topic_follows').values({ user_id: userId, topic_id: topicId, created_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'topic_id']).doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async unfollow(userId: number, topicId: number): Promise<boolean> {
    const result = await this.db.deleteFrom('topic_follows').where('user_id', '=', userId).where('topic_id', '=', topicId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Which of these topics the person follows. */
  async followedAmong(userId: number, topicIds: readonly number[]): Promise<Set<number>> {
    if (topicIds.length === 0) return new Set();
    const rows = await this.db.selectFrom('topic_follows').select('topic_id').where('user_id', '=', userId).where('topic_id', 'in', topicIds).execute();
    return new Set(rows.map((r) => r.topic_id));
  }

  async followedIds(userId: number): Promise<number[]> {
    const rows = await this.db.selectFrom('topic_follows').select('topic_id').where('user_id', '=', userId).orderBy('topic_id').execute();
    return rows.map((r) => r.topic_id);
  }

  async findTopic(topicId: number): Promise<FollowableTopic | undefined> {
    return this.db.selectFrom('topics').select(['id', 'name', 'slug']).where('id', '=', topicId).executeTakeFirst();
  }

  async topicsOfItem(itemId: number): Promise<FollowableTopic[]> {
    return this.db.selectFrom('item_topics').innerJoin('topics', 'topics.id', 'item_topics.topic_id')
      .select(['topics.id', 'topics.name', 'topics.slug']).where('item_topics.item_id', '=', itemId).orderBy('topics.name').execute();
  }
}
