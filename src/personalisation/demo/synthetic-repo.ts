// SQL for generating synthetic readers and their engagement (the bench and `npm run seed --
// --people N --events M`). Bulk inserts in big transactions: millions of rows in a minute.
import type { Insertable, Kysely } from 'kysely';
import type { Database, EngagementEventsTable, TopicFollowsTable, UsersTable } from '../../db/schema.js';

export class SyntheticEngagementRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Published, listed items with their topics, oldest first. */
  async itemsWithTopics(): Promise<{ id: number; topicIds: number[]; access: string }[]> {
    const items = await this.db.selectFrom('items').select(['id', 'access']).where('status', '=', 'published').where('kind', '!=', 'page').orderBy('id').execute();
    const links = await this.db.selectFrom('item_topics').select(['item_id', 'topic_id']).execute();
    const topics = new Map<number, number[]>();
    for (const l of links) (topics.get(l.item_id) ?? topics.set(l.item_id, []).get(l.item_id)!).push(l.topic_id);
    return items.map((i) => ({ id: i.id, access: i.access, topicIds: topics.get(i.id) ?? [] }));
  }

  /** Inserts people and returns their ids in order. */
  async insertPeople(people: Insertable<UsersTable>[]): Promise<number[]> {
    return this.db.transaction().execute(async (trx) => {
      const ids: number[] = [];
      for (let i = 0; i < people.length; i += 200) {
        const rows = await trx.insertInto('users').values(people.slice(i, i + 200)).returning('id').execute();
        ids.push(...rows.map((r) => r.id));
      }
      return ids;
    });
  }

  async insertFollows(rows: Insertable<TopicFollowsTable>[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 300) await trx.insertInto('topic_follows').values(rows.slice(i, i + 300)).execute();
    });
  }

  async insertEvents(rows: Insertable<EngagementEventsTable>[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 150) await trx.insertInto('engagement_events').values(rows.slice(i, i + 150)).execute();
    });
  }
}
