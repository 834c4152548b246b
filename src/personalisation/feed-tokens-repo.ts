// The only SQL for private feed tokens: one per person, kept as the SHA-256 of the token.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export class FeedTokensRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces any earlier token of the person in one statement, so the old one stops working at once. */
  async put(userId: number, tokenHash: string, at: string): Promise<void> {
    await this.db.insertInto('feed_tokens').values({ user_id: userId, token_hash: tokenHash, created_at: at })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: at }))
      .execute();
  }

  async remove(userId: number): Promise<boolean> {
    const result = await this.db.deleteFrom('feed_tokens').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async createdAt(userId: number): Promise<string | undefined> {
    const row = await this.db.selectFrom('feed_tokens').select('created_at').where('user_id', '=', userId).executeTakeFirst();
    return row?.created_at;
  }

  /** The owner of a token hash, unless their account is suspended. */
  async ownerOf(tokenHash: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('feed_tokens').innerJoin('users', 'users.id', 'feed_tokens.user_id')
      .select('feed_tokens.user_id').where('feed_tokens.token_hash', '=', tokenHash).where('users.suspended_at', 'is', null)
      .executeTakeFirst();
    return row?.user_id;
  }
}
