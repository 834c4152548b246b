// The only SQL for sending topic alerts: who asked to hear about an item's topics, what was
// published when, and alert_deliveries — written before an alert goes out, so that an item
// reaches a person at most once through alerts, whichever process or channel got there first.
import type { Kysely } from 'kysely';
import type { AccessLevel, AlertFrequency, Database } from '../db/schema.js';

export interface PublishedForAlerts {
  id: number;
  access: AccessLevel;
  publishedAt: string;
  topicIds: number[];
}

export class AlertsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Items (not pages) published after `after` up to `until`, oldest first, with their topics. */
  async publishedBetween(after: string, until: string): Promise<PublishedForAlerts[]> {
    const items = await this.db.selectFrom('items').select(['id', 'access', 'published_at']).where('status', '=', 'published').where('kind', '!=', 'page')
      .where('published_at', '>', after).where('published_at', '<=', until).orderBy('published_at').limit(500).execute();
    if (items.length === 0) return [];
    const topics = await this.db.selectFrom('item_topics').select(['item_id', 'topic_id']).where('item_id', 'in', items.map((i) => i.id)).execute();
    return items.map((i) => ({ id: i.id, access: i.access, publishedAt: i.published_at!, topicIds: topics.filter((t) => t.item_id === i.id).map((t) => t.topic_id) }));
  }

  /**
   * People with an alert of this frequency on any of these topics, who still follow it, with a
   * confirmed account that is not suspended and an address that is not suppressed; with the
   * topics (of these) they chose it for.
   */
  async recipients(topicIds: readonly number[], frequency: AlertFrequency): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>();
    if (topicIds.length === 0) return result;
    const rows = await this.db.selectFrom('topic_alerts as a')
      .innerJoin('topic_follows as f', (join) => join.onRef('f.user_id', '=', 'a.user_id').onRef('f.topic_id', '=', 'a.topic_id'))
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.user_id', 'a.topic_id'])
      .where('a.frequency', '=', frequency).where('a.topic_id', 'in', [...topicIds])
      .where('u.email_verified_at', 'is not', null).where('u.suspended_at', 'is', null)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('email_suppressions as e').select('e.email').whereRef('e.email', '=', 'u.email'))))
      .execute();
    for (const r of rows) result.set(r.user_id, [...(result.get(r.user_id) ?? []), r.topic_id]);
    return result;
  }

  /** Everyone with weekly alerts, by person, with the topics. */
  async weeklyTopicsByPerson(): Promise<Map<number, number[]>> {
    const rows = await this.db.selectFrom('topic_alerts').select(['user_id', 'topic_id']).where('frequency', '=', 'weekly').execute();
    const result = new Map<number, number[]>();
    for (const r of rows) result.set(r.user_id, [...(result.get(r.user_id) ?? []), r.topic_id]);
    return result;
  }

  /** Records these items as alerted to this person; returns the ones not alerted before (only those may be sent). */
  async claim(userId: number, itemIds: readonly number[], channel: AlertFrequency, now: string): Promise<number[]> {
    if (itemIds.length === 0) return [];
    const rows = await this.db.insertInto('alert_deliveries').values(itemIds.map((itemId) => ({ user_id: userId, item_id: itemId, channel, created_at: now })))
      .onConflict((oc) => oc.columns(['user_id', 'item_id']).doNothing()).returning('item_id').execute();
    return rows.map((r) => r.item_id);
  }

  async state(name: string): Promise<string | undefined> {
    return (await this.db.selectFrom('job_state').select('value').where('name', '=', name).executeTakeFirst())?.value;
  }

  async setState(name: string, value: string, now: string): Promise<void> {
    await this.db.insertInto('job_state').values({ name, value, updated_at: now }).onConflict((oc) => oc.column('name').doUpdateSet({ value, updated_at: now })).execute();
  }

  /** Moves a state from `expected` to `value` (undefined: not there yet); true for the one process that did. */
  async compareAndSet(name: string, expected: string | undefined, value: string, now: string): Promise<boolean> {
    if (expected === undefined) {
      const result = await this.db.insertInto('job_state').values({ name, value, updated_at: now }).onConflict((oc) => oc.column('name').doNothing()).executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    }
    const result = await this.db.updateTable('job_state').set({ value, updated_at: now }).where('name', '=', name).where('value', '=', expected).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
