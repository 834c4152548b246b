// The only SQL for suppressions and the bounce log, and for finding which address a return
// path (VERP) stands for.
import type { Kysely, Selectable } from 'kysely';
import type { BounceEventsTable, BounceKind, Database, EmailSuppressionsTable, SuppressionReason } from '../db/schema.js';

export type SuppressionRow = Selectable<EmailSuppressionsTable>;
export type BounceRow = Selectable<BounceEventsTable>;

export class SuppressionsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async suppressedAmong(emails: readonly string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows = await this.db.selectFrom('email_suppressions').select('email').where('email', 'in', [...new Set(emails)]).execute();
    return new Set(rows.map((r) => r.email));
  }

  /** True when the address was not suppressed before. */
  async suppress(email: string, reason: SuppressionReason, detail: string, now: string): Promise<boolean> {
    const result = await this.db.insertInto('email_suppressions').values({ email, reason, detail: detail.slice(0, 500), created_at: now })
      .onConflict((oc) => oc.column('email').doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async remove(email: string): Promise<boolean> {
    const result = await this.db.deleteFrom('email_suppressions').where('email', '=', email).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async recordBounce(event: { email: string; kind: BounceKind; deliveryId: number | null; statusCode: string; diagnostic: string; now: string }): Promise<void> {
    await this.db.insertInto('bounce_events').values({
      email: event.email, kind: event.kind, delivery_id: event.deliveryId, status_code: event.statusCode.slice(0, 20), diagnostic: event.diagnostic.slice(0, 500), created_at: event.now,
    }).execute();
  }

  async softBouncesSince(email: string, since: string): Promise<number> {
    const { n } = await this.db.selectFrom('bounce_events').select((eb) => eb.fn.countAll<number>().as('n')).where('email', '=', email).where('kind', '=', 'soft').where('created_at', '>=', since).executeTakeFirstOrThrow();
    return Number(n);
  }

  async deliveryEmail(deliveryId: number): Promise<string | undefined> {
    return (await this.db.selectFrom('newsletter_deliveries').select('email').where('id', '=', deliveryId).executeTakeFirst())?.email;
  }

  async userEmail(userId: number): Promise<string | undefined> {
    return (await this.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst())?.email;
  }

  async count(q: string): Promise<number> {
    let query = this.db.selectFrom('email_suppressions').select((eb) => eb.fn.countAll<number>().as('n'));
    if (q) query = query.where('email', 'like', `%${escapeLike(q)}%`);
    return Number((await query.executeTakeFirstOrThrow()).n);
  }

  list(q: string, page: { limit: number; offset: number }): Promise<SuppressionRow[]> {
    let query = this.db.selectFrom('email_suppressions').selectAll();
    if (q) query = query.where('email', 'like', `%${escapeLike(q)}%`);
    return query.orderBy('created_at', 'desc').orderBy('email').limit(page.limit).offset(page.offset).execute();
  }

  recentBounces(limit: number): Promise<BounceRow[]> {
    return this.db.selectFrom('bounce_events').selectAll().orderBy('id', 'desc').limit(limit).execute();
  }
}

/** LIKE wildcards in a search are searched for, not used. */
function escapeLike(value: string): string {
  return value.toLowerCase().replace(/[%_]/g, '');
}
