// SQL for shares: one row per colleague emailed, with only a hash of their address.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export class ShareRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insertMany(rows: readonly { userId: number; itemId: number; recipientHash: string }[], at: string): Promise<void> {
    if (rows.length === 0) return;
    await this.db.insertInto('shares').values(rows.map((r) => ({ user_id: r.userId, item_id: r.itemId, recipient_hash: r.recipientHash, created_at: at }))).execute();
  }

  /** How many colleagues a person emailed since a time, and when the oldest of those was. */
  async sentSince(userId: number, since: string): Promise<{ count: number; oldest: string | undefined }> {
    const row = await this.db
      .selectFrom('shares')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('created_at').as('oldest')])
      .where('user_id', '=', userId)
      .where('created_at', '>=', since)
      .executeTakeFirstOrThrow();
    return { count: Number(row.n), oldest: row.oldest ?? undefined };
  }
}
