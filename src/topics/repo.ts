import type { Kysely } from 'kysely';
import type { Database, TopicRow } from '../db/schema.js';

export type TopicWithCount = TopicRow & { item_count: number };

export class TopicRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async listAll(): Promise<TopicRow[]> {
    return this.db.selectFrom('topics').selectAll().orderBy('name').execute();
  }

  async listWithCounts(): Promise<TopicWithCount[]> {
    return this.db
      .selectFrom('topics')
      .leftJoin('item_topics', 'item_topics.topic_id', 'topics.id')
      .leftJoin('items', (join) => join.onRef('items.id', '=', 'item_topics.item_id').on('items.status', '=', 'published'))
      .select(['topics.id', 'topics.slug', 'topics.name', 'topics.description', 'topics.created_at', (eb) => eb.fn.count<number>('items.id').as('item_count')])
      .groupBy(['topics.id', 'topics.slug', 'topics.name', 'topics.description', 'topics.created_at'])
      .orderBy('topics.name')
      .execute();
  }

  async findBySlug(slug: string): Promise<TopicRow | undefined> {
    return this.db.selectFrom('topics').selectAll().where('slug', '=', slug).executeTakeFirst();
  }

  async insert(topic: Omit<TopicRow, 'id'>): Promise<number> {
    const { id } = await this.db.insertInto('topics').values(topic).returning('id').executeTakeFirstOrThrow();
    return id;
  }
}
