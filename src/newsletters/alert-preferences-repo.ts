// The only SQL for what people chose about topic alerts (topic_alerts) and its consent records.
// A choice only counts while the person follows the topic: every read joins topic_follows, so
// unfollowing a topic stops its alerts without anyone deleting the choice.
import type { Kysely } from 'kysely';
import type { AlertFrequency, Database } from '../db/schema.js';

export interface AlertPreferenceRow {
  topicId: number;
  topicName: string;
  topicSlug: string;
  /** null: no alerts for this followed topic. */
  frequency: AlertFrequency | null;
}

export class AlertPreferencesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** One row per topic the person follows, by topic name, with their alert choice. */
  async listForUser(userId: number): Promise<AlertPreferenceRow[]> {
    const rows = await this.db
      .selectFrom('topic_follows as f')
      .innerJoin('topics as t', 't.id', 'f.topic_id')
      .leftJoin('topic_alerts as a', (join) => join.onRef('a.user_id', '=', 'f.user_id').onRef('a.topic_id', '=', 'f.topic_id'))
      .select(['t.id as topicId', 't.name as topicName', 't.slug as topicSlug', 'a.frequency as frequency'])
      .where('f.user_id', '=', userId)
      .orderBy('t.name')
      .execute();
    return rows.map((r) => ({ ...r, frequency: r.frequency ?? null }));
  }

  /**
   * Sets the person's choice for each topic (null: none), recording consent for every change,
   * in one transaction. Returns the topics whose choice changed.
   */
  async setChoices(userId: number, choices: ReadonlyMap<number, AlertFrequency | null>, consent: { source: string; wordingVersion: string; now: string }): Promise<number[]> {
    return this.db.transaction().execute(async (tx) => {
      const current = new Map((await tx.selectFrom('topic_alerts').select(['topic_id', 'frequency']).where('user_id', '=', userId).execute()).map((r) => [r.topic_id, r.frequency]));
      const changed: number[] = [];
      for (const [topicId, frequency] of choices) {
        const before = current.get(topicId) ?? null;
        if (before === frequency) continue;
        changed.push(topicId);
        if (frequency === null) {
          await tx.deleteFrom('topic_alerts').where('user_id', '=', userId).where('topic_id', '=', topicId).execute();
        } else {
          await tx.insertInto('topic_alerts').values({ user_id: userId, topic_id: topicId, frequency, created_at: consent.now })
            .onConflict((oc) => oc.columns(['user_id', 'topic_id']).doUpdateSet({ frequency })).execute();
        }
        await tx.insertInto('newsletter_consents').values({
          subscriber_id: null, user_id: userId, list: `alerts:${topicId}`, action: frequency === null ? 'withdrawn' : 'confirmed',
          source: consent.source, wording_version: consent.wordingVersion, created_at: consent.now,
        }).execute();
      }
      return changed;
    });
  }

  /** Ends every alert the person has (the one-click unsubscribe in an alert email). */
  async stopAll(userId: number, consent: { source: string; wordingVersion: string; now: string }): Promise<number> {
    const topics = (await this.db.selectFrom('topic_alerts').select('topic_id').where('user_id', '=', userId).execute()).map((r) => r.topic_id);
    if (topics.length === 0) return 0;
    await this.setChoices(userId, new Map(topics.map((id) => [id, null])), consent);
    return topics.length;
  }
}
