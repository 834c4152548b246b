// The only SQL for sending an issue: which issues need sending, one delivery row per
// recipient, claiming rows (pending → sending) so that each is sent by one sender at most,
// and recording what happened to each. Issue drafting is in issues-repo.ts.
import { sql, type Kysely } from 'kysely';
import type { Database, DeliveryStatus, IssueStatus } from '../../db/schema.js';
import type { Dialect } from '../../db/connection.js';

export interface ClaimedDelivery {
  id: number;
  subscriberId: number;
  email: string;
  /** The subscriber's account, if they have one (their copy is tailored to it). */
  userId: number | null;
  tokenVersion: number;
}

export type DeliveryCounts = Record<DeliveryStatus, number>;

const IN_CHUNKS = 500;

export class DeliveriesRepo {
  constructor(private readonly db: Kysely<Database>, private readonly dialect: Dialect) {}

  /** A time as a value in a SELECT list: PostgreSQL will not turn an untyped text parameter into a timestamptz there. */
  private timestamp(iso: string) {
    return this.dialect === 'postgres' ? sql<string>`CAST(${iso} AS timestamptz)` : sql<string>`${iso}`;
  }

  /** Scheduled issues that fall due become 'sending' (one process wins each); returns every issue now 'sending'. */
  async issuesToSend(now: string): Promise<number[]> {
    await this.db.updateTable('newsletter_issues').set({ status: 'sending', started_at: now, updated_at: now })
      .where('status', '=', 'scheduled').where('scheduled_at', '<=', now).execute();
    const rows = await this.db.selectFrom('newsletter_issues').select('id').where('status', '=', 'sending').orderBy('id').execute();
    return rows.map((r) => r.id);
  }

  async statusOf(issueId: number): Promise<IssueStatus | undefined> {
    return (await this.db.selectFrom('newsletter_issues').select('status').where('id', '=', issueId).executeTakeFirst())?.status;
  }

  async hasDeliveries(issueId: number): Promise<boolean> {
    return (await this.db.selectFrom('newsletter_deliveries').select('id').where('issue_id', '=', issueId).limit(1).executeTakeFirst()) !== undefined;
  }

  /**
   * One pending delivery per active subscriber whose address is not suppressed, in one
   * statement (a crash leaves all or none); the issue records how many.
   */
  async createDeliveries(issueId: number, now: string): Promise<number> {
    await this.db.insertInto('newsletter_deliveries')
      .columns(['issue_id', 'subscriber_id', 'email', 'status', 'updated_at'])
      .expression((eb) => eb.selectFrom('newsletter_subscribers as s')
        .select([sql.lit(issueId).as('issue_id'), 's.id', 's.email', sql.lit('pending').as('status'), this.timestamp(now).as('updated_at')])
        .where('s.status', '=', 'active')
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('email_suppressions as e').select('e.email').whereRef('e.email', '=', 's.email'))))
        .orderBy('s.id'))
      .onConflict((oc) => oc.columns(['issue_id', 'subscriber_id']).doNothing())
      .execute();
    const total = (await this.counts(issueId));
    const count = Object.values(total).reduce((a, b) => a + b, 0);
    await this.db.updateTable('newsletter_issues').set({ recipient_count: count }).where('id', '=', issueId).execute();
    return count;
  }

  /**
   * Claims up to `limit` pending deliveries for this holder: pending → sending, in one
   * statement, so no row is ever claimed twice (PostgreSQL skips rows another sender holds).
   */
  async claim(issueId: number, holder: string, limit: number, now: string): Promise<{ claimed: number; deliveries: ClaimedDelivery[] }> {
    const claimed = await this.db.updateTable('newsletter_deliveries')
      .set({ status: 'sending', claimed_by: holder, updated_at: now })
      .where('id', 'in', (eb) => {
        const pending = eb.selectFrom('newsletter_deliveries').select('id').where('issue_id', '=', issueId).where('status', '=', 'pending').orderBy('id').limit(limit);
        return this.dialect === 'postgres' ? pending.forUpdate().skipLocked() : pending;
      })
      .where('status', '=', 'pending')
      .returning(['id', 'subscriber_id', 'email'])
      .execute();
    if (claimed.length === 0) return { claimed: 0, deliveries: [] };
    const subscribers = new Map<number, { user_id: number | null; token_version: number; status: string }>();
    const suppressed = new Set<string>();
    for (let i = 0; i < claimed.length; i += IN_CHUNKS) {
      const part = claimed.slice(i, i + IN_CHUNKS);
      for (const s of await this.db.selectFrom('newsletter_subscribers').select(['id', 'user_id', 'token_version', 'status']).where('id', 'in', part.map((c) => c.subscriber_id)).execute()) subscribers.set(s.id, s);
      for (const e of await this.db.selectFrom('email_suppressions').select('email').where('email', 'in', part.map((c) => c.email)).execute()) suppressed.add(e.email);
    }
    // Someone who unsubscribed, or whose address bounced, since the send began gets nothing.
    const dropped = claimed.filter((c) => subscribers.get(c.subscriber_id)?.status !== 'active' || suppressed.has(c.email));
    for (const c of dropped) {
      const reason = suppressed.has(c.email) ? 'Not sent: the address bounced or complained after this issue began sending.' : 'Not sent: they unsubscribed after this issue began sending.';
      await this.markEnded(c.id, 'failed', reason, now);
    }
    const droppedIds = new Set(dropped.map((c) => c.id));
    const deliveries = claimed
      .filter((c) => !droppedIds.has(c.id))
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ id: c.id, subscriberId: c.subscriber_id, email: c.email, userId: subscribers.get(c.subscriber_id)?.user_id ?? null, tokenVersion: subscribers.get(c.subscriber_id)?.token_version ?? 1 }));
    return { claimed: claimed.length, deliveries };
  }

  /** Claimed rows this holder never handed to the SMTP server go back to pending. */
  async unclaim(ids: readonly number[], holder: string, now: string): Promise<void> {
    for (let i = 0; i < ids.length; i += IN_CHUNKS) {
      await this.db.updateTable('newsletter_deliveries').set({ status: 'pending', claimed_by: null, updated_at: now })
        .where('id', 'in', ids.slice(i, i + IN_CHUNKS)).where('status', '=', 'sending').where('claimed_by', '=', holder).execute();
    }
  }

  /** Deliveries the SMTP server took. Only rows still 'sending' change. */
  async markSent(ids: readonly number[], now: string): Promise<void> {
    for (let i = 0; i < ids.length; i += IN_CHUNKS) {
      await this.db.updateTable('newsletter_deliveries').set({ status: 'sent', updated_at: now }).where('id', 'in', ids.slice(i, i + IN_CHUNKS)).where('status', '=', 'sending').execute();
    }
  }

  /** A delivery that ended without a known outcome: 'failed' (refused) or 'unknown' (maybe sent). */
  async markEnded(id: number, status: 'failed' | 'unknown', error: string, now: string): Promise<void> {
    await this.db.updateTable('newsletter_deliveries').set({ status, error: error.slice(0, 500), updated_at: now }).where('id', '=', id).where('status', '=', 'sending').execute();
  }

  /**
   * Rows left 'sending' by a run that ended without finishing them — a sender that was killed,
   * or this process's own run that failed — become 'unknown': they may have been sent, so they
   * are never retried. Only called by the lease holder before it claims anything, when no
   * message of this issue is in flight anywhere.
   */
  async orphanedToUnknown(issueId: number, now: string): Promise<number> {
    const result = await this.db.updateTable('newsletter_deliveries')
      .set({ status: 'unknown', error: 'The sender stopped while this message was being sent; it may or may not have arrived, so it is not sent again.', updated_at: now })
      .where('issue_id', '=', issueId).where('status', '=', 'sending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async counts(issueId: number): Promise<DeliveryCounts> {
    const rows = await this.db.selectFrom('newsletter_deliveries').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('issue_id', '=', issueId).groupBy('status').execute();
    const counts: DeliveryCounts = { pending: 0, sending: 0, sent: 0, failed: 0, unknown: 0 };
    for (const r of rows) counts[r.status] = Number(r.n);
    return counts;
  }

  /** 'sending' → 'sent' once nothing is pending or in flight. True when this call finished it. */
  async finishIfDone(issueId: number, now: string): Promise<boolean> {
    const open = await this.db.selectFrom('newsletter_deliveries').select('id').where('issue_id', '=', issueId).where('status', 'in', ['pending', 'sending']).limit(1).executeTakeFirst();
    if (open) return false;
    const result = await this.db.updateTable('newsletter_issues').set({ status: 'sent', finished_at: now, updated_at: now }).where('id', '=', issueId).where('status', '=', 'sending').executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
