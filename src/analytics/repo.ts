// The only SQL for analytics: daily view counters, estimated visitors, the day's salt, and
// the read-only reports over content, accounts and memberships that the analytics screens show.
// Days are 'YYYY-MM-DD' (UTC) text on both dialects; timestamps are compared as ISO strings.
import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../db/connection.js';
import type { AccessLevel, Database, ItemKind } from '../db/schema.js';

/** A half-open range of UTC days: `from` and `to` inclusive as days, compared as timestamps. */
export interface DayRange {
  from: string;
  to: string;
}

export interface DayCount {
  day: string;
  count: number;
}

export interface TopItemRow {
  id: number;
  kind: ItemKind;
  slug: string;
  title: string;
  access: AccessLevel;
  views: number;
}

export interface EngagementCounts {
  registrations: number;
  confirmations: number;
  membershipRequests: number;
  benefitChoices: number;
}

/** Rows per statement, well under both dialects' bound-parameter limits. */
const CHUNK = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** The first instant after a day, for "< end" comparisons on timestamps. */
function startOf(day: string): string {
  return `${day}T00:00:00.000Z`;
}
function endOf(day: string): string {
  const next = new Date(`${day}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

export class AnalyticsRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  // ---- dialect differences, one function each ----

  /** The UTC day of a timestamp column as 'YYYY-MM-DD'. */
  private dayOf(column: 'users.created_at' | 'users.email_verified_at'): RawBuilder<string> {
    return this.dialect === 'postgres' ? sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD')` : sql<string>`substr(${sql.ref(column)}, 1, 10)`;
  }

  /** The domain part of users.email (emails are stored lower-cased). */
  private emailDomain(): RawBuilder<string> {
    return this.dialect === 'postgres' ? sql<string>`split_part(users.email, '@', 2)` : sql<string>`substr(users.email, instr(users.email, '@') + 1)`;
  }

  // ---- recording ----

  /** The item a public path names, by kind and slug (any status: only 200 responses get here). */
  async findItemId(kind: ItemKind, slug: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('items').select('id').where('kind', '=', kind).where('slug', '=', slug).executeTakeFirst();
    return row?.id;
  }

  /** Adds view counts: one upsert per chunk, so many requests cost one write. */
  async addViews(rows: readonly { day: string; itemId: number; views: number }[]): Promise<void> {
    for (const chunk of chunks(rows)) {
      await this.db
        .insertInto('page_views_daily')
        .values(chunk.map((r) => ({ day: r.day, item_id: r.itemId, views: r.views })))
        .onConflict((oc) => oc.columns(['day', 'item_id']).doUpdateSet((eb) => ({ views: eb('page_views_daily.views', '+', eb.ref('excluded.views')) })))
        .execute();
    }
  }

  async addVisitors(day: string, hashes: readonly string[]): Promise<void> {
    for (const chunk of chunks(hashes)) {
      await this.db
        .insertInto('visitor_days')
        .values(chunk.map((visitor_hash) => ({ day, visitor_hash })))
        .onConflict((oc) => oc.columns(['day', 'visitor_hash']).doNothing())
        .execute();
    }
  }

  /** The day's salt, made by whichever process asks first (insert-if-absent, then read). */
  async saltFor(day: string, candidate: string): Promise<string> {
    await this.db.insertInto('analytics_salts').values({ day, salt: candidate }).onConflict((oc) => oc.column('day').doNothing()).execute();
    const row = await this.db.selectFrom('analytics_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
    return row.salt;
  }

  /** An existing salt only: a past day's salt must never be made again. */
  async existingSalt(day: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('analytics_salts').select('salt').where('day', '=', day).executeTakeFirst();
    return row?.salt;
  }

  /** Forgets the salts of days before `day`, so their visitor hashes cannot be recomputed. */
  async deleteSaltsBefore(day: string): Promise<void> {
    await this.db.deleteFrom('analytics_salts').where('day', '<', day).execute();
  }

  // ---- reports ----

  async viewsPerDay(range: DayRange): Promise<DayCount[]> {
    const rows = await this.db
      .selectFrom('page_views_daily')
      .select(['day', (eb) => eb.fn.sum<number>('views').as('count')])
      .where('day', '>=', range.from)
      .where('day', '<=', range.to)
      .groupBy('day')
      .orderBy('day')
      .execute();
    return rows.map((r) => ({ day: r.day, count: Number(r.count) }));
  }

  async visitorsPerDay(range: DayRange): Promise<DayCount[]> {
    const rows = await this.db
      .selectFrom('visitor_days')
      .select(['day', (eb) => eb.fn.countAll<number>().as('count')])
      .where('day', '>=', range.from)
      .where('day', '<=', range.to)
      .groupBy('day')
      .orderBy('day')
      .execute();
    return rows.map((r) => ({ day: r.day, count: Number(r.count) }));
  }

  /** The most-read items in the range, optionally within one topic or access level. */
  async topItems(range: DayRange, filter: { topicId?: number; access?: AccessLevel; limit: number }): Promise<TopItemRow[]> {
    let query = this.db
      .selectFrom('page_views_daily')
      .innerJoin('items', 'items.id', 'page_views_daily.item_id')
      .select(['items.id', 'items.kind', 'items.slug', 'items.title', 'items.access', (eb) => eb.fn.sum<number>('page_views_daily.views').as('views')])
      .where('page_views_daily.day', '>=', range.from)
      .where('page_views_daily.day', '<=', range.to);
    if (filter.access) query = query.where('items.access', '=', filter.access);
    if (filter.topicId !== undefined) {
      const topicId = filter.topicId;
      query = query.where((eb) => eb.exists(eb.selectFrom('item_topics').select('item_topics.item_id').whereRef('item_topics.item_id', '=', 'items.id').where('item_topics.topic_id', '=', topicId)));
    }
    const rows = await query
      .groupBy(['items.id', 'items.kind', 'items.slug', 'items.title', 'items.access'])
      .orderBy('views', 'desc')
      .orderBy('items.id', 'desc')
      .limit(filter.limit)
      .execute();
    return rows.map((r) => ({ ...r, views: Number(r.views) }));
  }

  async listTopics(): Promise<{ id: number; slug: string; name: string }[]> {
    return this.db.selectFrom('topics').select(['id', 'slug', 'name']).orderBy('name').execute();
  }

  async findTopicBySlug(slug: string): Promise<{ id: number; slug: string; name: string } | undefined> {
    return this.db.selectFrom('topics').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
  }

  /** New accounts per day. */
  async registrationsPerDay(range: DayRange): Promise<DayCount[]> {
    const day = this.dayOf('users.created_at');
    const rows = await this.db
      .selectFrom('users')
      .select([day.as('day'), (eb) => eb.fn.countAll<number>().as('count')])
      .where('users.created_at', '>=', startOf(range.from))
      .where('users.created_at', '<', endOf(range.to))
      .groupBy(day)
      .orderBy(day)
      .execute();
    return rows.map((r) => ({ day: r.day, count: Number(r.count) }));
  }

  /**
   * Confirmed accounts per day of confirmation, and how many were confirmed before the range
   * (the base of the cumulative line). With `memberDomainsOnly`, only people whose email domain
   * belongs to an organisation that is active today (its past status is not kept).
   */
  async confirmationsPerDay(range: DayRange, options: { memberDomainsOnly: boolean }): Promise<{ before: number; perDay: DayCount[] }> {
    const day = this.dayOf('users.email_verified_at');
    const confirmed = () => {
      let query = this.db.selectFrom('users').where('users.email_verified_at', 'is not', null);
      if (options.memberDomainsOnly) {
        const domain: Expression<string> = this.emailDomain();
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('organisation_domains')
              .innerJoin('organisations', 'organisations.id', 'organisation_domains.organisation_id')
              .select('organisation_domains.domain')
              .where('organisations.status', '=', 'active')
              .whereRef('organisation_domains.domain', '=', domain),
          ),
        );
      }
      return query;
    };
    const [base, rows] = await Promise.all([
      confirmed().select((eb) => eb.fn.countAll<number>().as('count')).where('users.email_verified_at', '<', startOf(range.from)).executeTakeFirstOrThrow(),
      confirmed()
        .select([day.as('day'), (eb) => eb.fn.countAll<number>().as('count')])
        .where('users.email_verified_at', '>=', startOf(range.from))
        .where('users.email_verified_at', '<', endOf(range.to))
        .groupBy(day)
        .orderBy(day)
        .execute(),
    ]);
    return { before: Number(base.count), perDay: rows.map((r) => ({ day: r.day, count: Number(r.count) })) };
  }

  /** Engagement that exists today, counted in the range. */
  async engagementCounts(range: DayRange): Promise<EngagementCounts> {
    const from = startOf(range.from);
    const to = endOf(range.to);
    const [registrations, confirmations, membershipRequests, benefitChoices] = await Promise.all([
      this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')).where('created_at', '>=', from).where('created_at', '<', to).executeTakeFirstOrThrow(),
      this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')).where('email_verified_at', '>=', from).where('email_verified_at', '<', to).executeTakeFirstOrThrow(),
      this.db.selectFrom('membership_requests').select((eb) => eb.fn.countAll<number>().as('count')).where('created_at', '>=', from).where('created_at', '<', to).executeTakeFirstOrThrow(),
      this.db.selectFrom('benefit_choices').select((eb) => eb.fn.countAll<number>().as('count')).where('created_at', '>=', from).where('created_at', '<', to).executeTakeFirstOrThrow(),
    ]);
    return {
      registrations: Number(registrations.count),
      confirmations: Number(confirmations.count),
      membershipRequests: Number(membershipRequests.count),
      benefitChoices: Number(benefitChoices.count),
    };
  }
}
