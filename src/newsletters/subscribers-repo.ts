// The only SQL for monthly-newsletter subscribers (newsletter_subscribers) and their consent
// records. Every change of status writes its consent record in the same transaction, so the
// evidence never disagrees with the state.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ConsentAction, NewsletterSubscribersTable } from '../db/schema-newsletters.js';

export type SubscriberRow = Selectable<NewsletterSubscribersTable>;

export interface ConsentEntry {
  action: ConsentAction;
  source: string;
  wordingVersion: string;
}

export interface ConsentHistoryRow {
  list: string;
  action: ConsentAction;
  source: string;
  wordingVersion: string;
  createdAt: string;
}

type Tx = Transaction<Database> | Kysely<Database>;

export class SubscribersRepo {
  constructor(private readonly db: Kysely<Database>) {}

  findById(id: number): Promise<SubscriberRow | undefined> {
    return this.db.selectFrom('newsletter_subscribers').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string): Promise<SubscriberRow | undefined> {
    return this.db.selectFrom('newsletter_subscribers').selectAll().where('email', '=', email).executeTakeFirst();
  }

  findByUser(userId: number): Promise<SubscriberRow | undefined> {
    return this.db.selectFrom('newsletter_subscribers').selectAll().where('user_id', '=', userId).executeTakeFirst();
  }

  findByConfirmHash(hash: string): Promise<SubscriberRow | undefined> {
    return this.db.selectFrom('newsletter_subscribers').selectAll().where('confirm_token_hash', '=', hash).executeTakeFirst();
  }

  private async consent(tx: Tx, subscriberId: number, entry: ConsentEntry, now: string): Promise<void> {
    await tx.insertInto('newsletter_consents').values({
      subscriber_id: subscriberId, user_id: null, list: 'monthly', action: entry.action, source: entry.source, wording_version: entry.wordingVersion, created_at: now,
    }).execute();
  }

  /**
   * A pending row with a fresh confirmation token for an address that is not active: made, or
   * an earlier pending/unsubscribed row reused (its old links are revoked by the version bump).
   */
  async savePending(input: { email: string; userId: number | null; tokenHash: string; expiresAt: string; now: string; consent: ConsentEntry }): Promise<SubscriberRow> {
    return this.db.transaction().execute(async (tx) => {
      const existing = await tx.selectFrom('newsletter_subscribers').selectAll().where('email', '=', input.email).executeTakeFirst();
      let id: number;
      if (existing) {
        id = existing.id;
        await tx.updateTable('newsletter_subscribers').set({
          status: 'pending', confirm_token_hash: input.tokenHash, confirm_expires_at: input.expiresAt, updated_at: input.now,
          ...(existing.status === 'unsubscribed' ? { token_version: existing.token_version + 1 } : {}),
        }).where('id', '=', id).execute();
      } else {
        const row = await tx.insertInto('newsletter_subscribers').values({
          email: input.email, user_id: input.userId, status: 'pending', confirm_token_hash: input.tokenHash, confirm_expires_at: input.expiresAt,
          created_at: input.now, confirmed_at: null, unsubscribed_at: null, updated_at: input.now,
        }).returning('id').executeTakeFirstOrThrow();
        id = row.id;
      }
      await this.consent(tx, id, input.consent, input.now);
      return (await tx.selectFrom('newsletter_subscribers').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    });
  }

  /** Pending → active; false when the row was not pending (a second click, a race). */
  async confirm(id: number, now: string, consent: ConsentEntry): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx.updateTable('newsletter_subscribers')
        .set({ status: 'active', confirmed_at: now, unsubscribed_at: null, confirm_token_hash: null, confirm_expires_at: null, updated_at: now })
        .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await this.consent(tx, id, consent, now);
      return true;
    });
  }

  /**
   * A person's own, already confirmed address made active at once: requested and confirmed in
   * one step (a confirmed account's address needs no second confirmation).
   */
  async activateForUser(input: { userId: number; email: string; now: string; requested: ConsentEntry; confirmed: ConsentEntry }): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const existing = (await tx.selectFrom('newsletter_subscribers').selectAll().where('user_id', '=', input.userId).executeTakeFirst())
        ?? (await tx.selectFrom('newsletter_subscribers').selectAll().where('email', '=', input.email).executeTakeFirst());
      if (existing?.status === 'active') return;
      let id: number;
      if (existing) {
        id = existing.id;
        await tx.updateTable('newsletter_subscribers').set({
          status: 'active', user_id: input.userId, email: input.email, confirmed_at: input.now, unsubscribed_at: null,
          confirm_token_hash: null, confirm_expires_at: null, updated_at: input.now,
          ...(existing.status === 'unsubscribed' ? { token_version: existing.token_version + 1 } : {}),
        }).where('id', '=', id).execute();
      } else {
        id = (await tx.insertInto('newsletter_subscribers').values({
          email: input.email, user_id: input.userId, status: 'active', confirm_token_hash: null, confirm_expires_at: null,
          created_at: input.now, confirmed_at: input.now, unsubscribed_at: null, updated_at: input.now,
        }).returning('id').executeTakeFirstOrThrow()).id;
      }
      await this.consent(tx, id, input.requested, input.now);
      await this.consent(tx, id, input.confirmed, input.now);
    });
  }

  /** Active or pending → unsubscribed, with the withdrawal recorded; false when already out. */
  async unsubscribe(id: number, now: string, consent: ConsentEntry): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx.updateTable('newsletter_subscribers')
        .set({ status: 'unsubscribed', unsubscribed_at: now, confirm_token_hash: null, confirm_expires_at: null, updated_at: now })
        .where('id', '=', id).where('status', '<>', 'unsubscribed').executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await this.consent(tx, id, consent, now);
      return true;
    });
  }

  /** Turns a resubscription from the preference centre back on (the address was confirmed before). */
  async reactivate(id: number, now: string, consent: ConsentEntry): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx.updateTable('newsletter_subscribers')
        .set({ status: 'active', unsubscribed_at: null, updated_at: now })
        .where('id', '=', id).where('status', '=', 'unsubscribed').where('confirmed_at', 'is not', null).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await this.consent(tx, id, consent, now);
      return true;
    });
  }

  /** The monthly list's records for a subscriber and a person's alert records, newest first. */
  async consentHistory(subscriberId: number | undefined, userId: number | undefined): Promise<ConsentHistoryRow[]> {
    if (subscriberId === undefined && userId === undefined) return [];
    const rows = await this.db.selectFrom('newsletter_consents')
      .select(['list', 'action', 'source', 'wording_version as wordingVersion', 'created_at as createdAt', 'id'])
      .where((eb) => eb.or([
        ...(subscriberId !== undefined ? [eb('subscriber_id', '=', subscriberId)] : []),
        ...(userId !== undefined ? [eb('user_id', '=', userId)] : []),
      ]))
      .orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map(({ id: _id, ...rest }) => rest);
  }

  /** Whether an address is on the suppression list (bounced, complained): never mailed. */
  async isSuppressed(email: string): Promise<boolean> {
    return (await this.db.selectFrom('email_suppressions').select('email').where('email', '=', email).executeTakeFirst()) !== undefined;
  }

  async userExists(userId: number): Promise<boolean> {
    return (await this.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst()) !== undefined;
  }

  /** A deleted account's subscription goes with it (its consent records cascade). */
  async deleteForUser(userId: number, confirmedEmail: string | undefined): Promise<void> {
    await this.db.deleteFrom('newsletter_subscribers')
      .where((eb) => eb.or([eb('user_id', '=', userId), ...(confirmedEmail ? [eb.and([eb('email', '=', confirmedEmail), eb('user_id', 'is', null)])] : [])]))
      .execute();
  }
}
