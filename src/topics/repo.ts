import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, TopicRow } from '../db/schema.js';

export type TopicWithCount = TopicRow & { item_count: number };

export class TopicRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async listAll(): Promise<TopicRow[]> {
    return this.db.selectFrom('topics').selectAll().orderBy('name').execute();
  }

  /** Published items per topic, for the public index. */
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

  /** Every item per topic, drafts and scheduled ones too, for the editors' list. */
  async listWithAllCounts(): Promise<TopicWithCount[]> {
    const rows = await this.db
      .selectFrom('topics')
      .leftJoin('item_topics', 'item_topics.topic_id', 'topics.id')
      .select(['topics.id', 'topics.slug', 'topics.name', 'topics.description', 'topics.created_at', (eb) => eb.fn.count<number>('item_topics.item_id').as('item_count')])
      .groupBy(['topics.id', 'topics.slug', 'topics.name', 'topics.description', 'topics.created_at'])
      .orderBy('topics.name')
      .execute();
    // PostgreSQL returns count() as a string.
    return rows.map((r) => ({ ...r, item_count: Number(r.item_count) }));
  }

  async findBySlug(slug: string): Promise<TopicRow | undefined> {
    return this.db.selectFrom('topics').selectAll().where('slug', '=', slug).executeTakeFirst();
  }

  async findById(id: number): Promise<TopicRow | undefined> {
    // Ids come from forms as up to ten digits; past PostgreSQL's integer range there is no such topic (not an error).
    if (!Number.isInteger(id) || id < 1 || id > 2147483647) return undefined;
    return this.db.selectFrom('topics').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The topic an old slug now leads to. */
  async findRedirect(oldSlug: string): Promise<TopicRow | undefined> {
    return this.db
      .selectFrom('topic_redirects')
      .innerJoin('topics', 'topics.id', 'topic_redirects.topic_id')
      .selectAll('topics')
      .where('topic_redirects.old_slug', '=', oldSlug)
      .executeTakeFirst();
  }

  async countItems(topicId: number): Promise<number> {
    const row = await this.db.selectFrom('item_topics').select((eb) => eb.fn.countAll<number>().as('n')).where('topic_id', '=', topicId).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** A new topic; an old slug it takes over stops redirecting elsewhere. */
  async insert(topic: Omit<TopicRow, 'id'>): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('topic_redirects').where('old_slug', '=', topic.slug).execute();
      const { id } = await trx.insertInto('topics').values(topic).returning('id').executeTakeFirstOrThrow();
      return id;
    });
  }

  /** Renames a topic; when the slug changes, the old one redirects here (and the new one no longer redirects). */
  async update(id: number, oldSlug: string, changes: Pick<TopicRow, 'name' | 'slug' | 'description'>): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (changes.slug !== oldSlug) {
        await trx.deleteFrom('topic_redirects').where('old_slug', '=', changes.slug).execute();
        await trx.insertInto('topic_redirects').values({ old_slug: oldSlug, topic_id: id }).execute();
      }
      await trx.updateTable('topics').set(changes).where('id', '=', id).execute();
    });
  }

  /** Files every item of `fromId` under `intoId` too (no duplicate rows), then removes it from `fromId`. */
  private async moveItems(trx: Transaction<Database>, fromId: number, intoId: number): Promise<void> {
    await trx
      .insertInto('item_topics')
      .columns(['item_id', 'topic_id'])
      .expression((eb) =>
        eb
          .selectFrom('item_topics as source')
          .select(['source.item_id', sql<number>`${sql.lit(intoId)}`.as('topic_id')])
          .where('source.topic_id', '=', fromId)
          .where(({ not, exists, selectFrom }) =>
            not(exists(selectFrom('item_topics as already').select('already.item_id').whereRef('already.item_id', '=', 'source.item_id').where('already.topic_id', '=', intoId))),
          ),
      )
      .execute();
    await trx.deleteFrom('item_topics').where('topic_id', '=', fromId).execute();
  }

  /** A into B: A's items join B, A's slug and old slugs lead to B, A is gone. */
  async merge(from: TopicRow, intoId: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.moveItems(trx, from.id, intoId);
      await trx.updateTable('topic_redirects').set({ topic_id: intoId }).where('topic_id', '=', from.id).execute();
      await trx.deleteFrom('topic_redirects').where('old_slug', '=', from.slug).execute();
      await trx.insertInto('topic_redirects').values({ old_slug: from.slug, topic_id: intoId }).execute();
      await trx.deleteFrom('topics').where('id', '=', from.id).execute();
    });
  }

  /** Deletes a topic, first moving its items to another topic when one is given. Its addresses stop working. */
  async delete(id: number, reassignTo: number | null): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (reassignTo !== null) await this.moveItems(trx, id, reassignTo);
      else await trx.deleteFrom('item_topics').where('topic_id', '=', id).execute();
      await trx.deleteFrom('topic_redirects').where('topic_id', '=', id).execute();
      await trx.deleteFrom('topics').where('id', '=', id).execute();
    });
  }
}
