// The only SQL for a person's interests: the topics they follow as a set (the picker saves
// the whole set at once), their optional profile signals, and when the picker was offered.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface InterestsRow {
  interests_offered_at: string | null;
  profession: string | null;
  organisation_type: string | null;
}

export interface InterestsChange {
  topicIds: readonly number[];
  profession: string | null;
  /** undefined: leave as it is (members' type comes from their organisation). */
  organisationType: string | null | undefined;
  now: string;
}

export class InterestsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async profileOf(userId: number): Promise<InterestsRow | undefined> {
    return this.db.selectFrom('users').select(['interests_offered_at', 'profession', 'organisation_type']).where('id', '=', userId).executeTakeFirst();
  }

  /** Replaces the followed set (keeping when each kept topic was first followed) and the profile. */
  async save(userId: number, change: InterestsChange): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      let drop = trx.deleteFrom('topic_follows').where('user_id', '=', userId);
      if (change.topicIds.length > 0) drop = drop.where('topic_id', 'not in', change.topicIds);
      await drop.execute();
      if (change.topicIds.length > 0) {
        await trx.insertInto('topic_follows')
          .values(change.topicIds.map((topicId) => ({ user_id: userId, topic_id: topicId, created_at: change.now })))
          .onConflict((oc) => oc.columns(['user_id', 'topic_id']).doNothing())
          .execute();
      }
      await trx.updateTable('users')
        .set({ profession: change.profession, ...(change.organisationType !== undefined ? { organisation_type: change.organisationType } : {}) })
        .where('id', '=', userId).execute();
      await trx.updateTable('users').set({ interests_offered_at: change.now }).where('id', '=', userId).where('interests_offered_at', 'is', null).execute();
    });
  }

  async markOffered(userId: number, now: string): Promise<void> {
    await this.db.updateTable('users').set({ interests_offered_at: now }).where('id', '=', userId).where('interests_offered_at', 'is', null).execute();
  }
}
