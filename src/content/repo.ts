// The only place with SQL for content items, their topics, authors, attachments and
// old-slug redirects. Every query here compiles on SQLite and PostgreSQL.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from '../db/connection.js';
import type { AttachmentRow, AuthorRow, Database, ItemKind, ItemRow, NewItem, TopicRow } from '../db/schema.js';

/** Listing rows leave out the body columns, which are large and not shown in lists. */
export type ItemSummaryRow = Omit<ItemRow, 'body_md' | 'body_html' | 'body_text' | 'version' | 'comments'>;

const SUMMARY_COLUMNS = [
  'items.id', 'items.kind', 'items.slug', 'items.title', 'items.summary', 'items.reading_minutes', 'items.hero_image', 'items.hero_alt',
  'items.status', 'items.access', 'items.published_at', 'items.updated_at', 'items.created_at', 'items.event_start', 'items.event_end',
  'items.venue', 'items.online_url',
] as const;

/** How many recent items per topic "Related" looks at. */
const RELATED_POOL = 40;

export interface Page {
  limit: number;
  offset: number;
}

export class ContentRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  async findPublishedBySlug(kind: ItemKind, slug: string): Promise<ItemRow | undefined> {
    return this.db.selectFrom('items').selectAll().where('kind', '=', kind).where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst();
  }

  async findRedirect(kind: ItemKind, oldSlug: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('slug_redirects')
      .innerJoin('items', 'items.id', 'slug_redirects.item_id')
      .select('items.slug')
      .where('slug_redirects.kind', '=', kind)
      .where('slug_redirects.old_slug', '=', oldSlug)
      .where('items.status', '=', 'published')
      .executeTakeFirst();
    return row?.slug;
  }

  async findById(id: number): Promise<ItemRow | undefined> {
    return this.db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async listPublished(options: Page & { kinds: readonly ItemKind[] }): Promise<ItemSummaryRow[]> {
    return this.db
      .selectFrom('items')
      .select(SUMMARY_COLUMNS)
      .where('status', '=', 'published')
      .where('kind', 'in', options.kinds)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit)
      .offset(options.offset)
      .execute();
  }

  async countPublished(kinds: readonly ItemKind[]): Promise<number> {
    const row = await this.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').where('kind', 'in', kinds).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async listPublishedInTopic(topicId: number, page: Page): Promise<ItemSummaryRow[]> {
    return this.db
      .selectFrom('item_topics')
      .innerJoin('items', 'items.id', 'item_topics.item_id')
      .select(SUMMARY_COLUMNS)
      .where('item_topics.topic_id', '=', topicId)
      .where('items.status', '=', 'published')
      .where('items.kind', '!=', 'page')
      .orderBy('items.published_at', 'desc')
      .orderBy('items.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  }

  async countPublishedInTopic(topicId: number): Promise<number> {
    if (this.dialect === 'sqlite') {
      // SQLite would look each item up by rowid (reading whole rows, ~100 ms for 20,000
      // items); the covering index answers the same question in ~8 ms.
      const { rows } = await sql<{ n: number }>`
        SELECT count(*) AS n FROM item_topics it CROSS JOIN items i INDEXED BY items_listing ON i.id = it.item_id
        WHERE it.topic_id = ${topicId} AND i.status = 'published' AND i.kind != 'page'`.execute(this.db);
      return Number(rows[0]?.n ?? 0);
    }
    const row = await this.db
      .selectFrom('item_topics')
      .innerJoin('items', 'items.id', 'item_topics.item_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('item_topics.topic_id', '=', topicId)
      .where('items.status', '=', 'published')
      .where('items.kind', '!=', 'page')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Items sharing the most topics with the given one, newest first among equals. Only the
   * latest RELATED_POOL items of each topic are considered: grouping a big topic's whole
   * history took seconds at 100,000 items; this reads a few index ranges.
   */
  async listRelated(itemId: number, limit: number): Promise<ItemSummaryRow[]> {
    const topicIds = (await this.db.selectFrom('item_topics').select('topic_id').where('item_id', '=', itemId).execute()).map((r) => r.topic_id);
    const shared = new Map<number, number>();
    for (const topicId of topicIds) {
      const recent = await this.db
        .selectFrom('item_topics')
        .select('item_id')
        .where('topic_id', '=', topicId)
        .where('item_id', '!=', itemId)
        .orderBy('item_id', 'desc')
        .limit(RELATED_POOL)
        .execute();
      for (const { item_id } of recent) shared.set(item_id, (shared.get(item_id) ?? 0) + 1);
    }
    // Ranked by topics in common, then newest first (by id: ids follow publishing closely, and
    // reading each candidate's date would mean reading its whole row). Rows are then read a
    // few at a time, by id alone — with status and kind in the WHERE clause SQLite chose the
    // listing index and scanned every published item (7 ms at 100,000 items).
    const ranked = [...shared.keys()].sort((a, b) => shared.get(b)! - shared.get(a)! || b - a);
    const found: ItemSummaryRow[] = [];
    for (let start = 0; start < ranked.length && found.length < limit; start += limit * 3) {
      const ids = ranked.slice(start, start + limit * 3);
      const rows = await this.db.selectFrom('items').select(SUMMARY_COLUMNS).where('items.id', 'in', ids).execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const id of ids) {
        const row = byId.get(id);
        if (row && row.status === 'published' && row.kind !== 'page' && found.length < limit) found.push(row);
      }
    }
    return found;
  }

  /** Published, listed items by id, in no particular order (the caller orders them). */
  async listPublishedByIds(ids: readonly number[]): Promise<ItemSummaryRow[]> {
    if (ids.length === 0) return [];
    // By id alone, filtered here (see listRelated: a status condition makes SQLite scan).
    const rows = await this.db.selectFrom('items').select(SUMMARY_COLUMNS).where('items.id', 'in', [...ids]).execute();
    return rows.filter((row) => row.status === 'published' && row.kind !== 'page');
  }

  async listEvents(options: Page & { when: 'upcoming' | 'past'; now: string }): Promise<ItemSummaryRow[]> {
    let query = this.db.selectFrom('items').select(SUMMARY_COLUMNS).where('kind', '=', 'event').where('status', '=', 'published');
    query = options.when === 'upcoming'
      ? query.where((eb) => eb(eb.fn.coalesce('event_end', 'event_start'), '>=', options.now)).orderBy('event_start', 'asc')
      : query.where((eb) => eb(eb.fn.coalesce('event_end', 'event_start'), '<', options.now)).orderBy('event_start', 'desc');
    return query.orderBy('id').limit(options.limit).offset(options.offset).execute();
  }

  async countEvents(when: 'upcoming' | 'past', now: string): Promise<number> {
    const row = await this.db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'event')
      .where('status', '=', 'published')
      .where((eb) => eb(eb.fn.coalesce('event_end', 'event_start'), when === 'upcoming' ? '>=' : '<', now))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async topicsFor(itemIds: readonly number[]): Promise<Map<number, TopicRow[]>> {
    const result = new Map<number, TopicRow[]>();
    if (itemIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('item_topics')
      .innerJoin('topics', 'topics.id', 'item_topics.topic_id')
      .select(['item_topics.item_id', 'topics.id', 'topics.slug', 'topics.name', 'topics.description', 'topics.created_at'])
      .where('item_topics.item_id', 'in', itemIds)
      .orderBy('topics.name')
      .execute();
    for (const { item_id, ...topic } of rows) {
      const list = result.get(item_id) ?? [];
      list.push(topic);
      result.set(item_id, list);
    }
    return result;
  }

  async authorsFor(itemId: number): Promise<AuthorRow[]> {
    return this.db
      .selectFrom('item_authors')
      .innerJoin('authors', 'authors.id', 'item_authors.author_id')
      .select(['authors.id', 'authors.slug', 'authors.name', 'authors.role'])
      .where('item_authors.item_id', '=', itemId)
      .orderBy('item_authors.position')
      .execute();
  }

  async attachmentsFor(itemId: number): Promise<AttachmentRow[]> {
    return this.db.selectFrom('attachments').selectAll().where('item_id', '=', itemId).orderBy('id').execute();
  }

  async findAttachment(itemId: number, attachmentId: number): Promise<AttachmentRow | undefined> {
    return this.db.selectFrom('attachments').selectAll().where('item_id', '=', itemId).where('id', '=', attachmentId).executeTakeFirst();
  }

  /** Newest public items with their bodies, for Atom feeds (public only: feeds are unauthenticated). */
  async listPublicForFeed(options: { topicId?: number; limit: number }): Promise<ItemRow[]> {
    let query = this.db.selectFrom('items').selectAll('items').where('items.status', '=', 'published').where('items.access', '=', 'public').where('items.kind', '!=', 'page');
    if (options.topicId !== undefined) {
      const topicId = options.topicId;
      query = query.where((eb) => eb.exists(eb.selectFrom('item_topics').select('item_topics.item_id').whereRef('item_topics.item_id', '=', 'items.id').where('item_topics.topic_id', '=', topicId)));
    }
    return query.orderBy('items.published_at', 'desc').orderBy('items.id', 'desc').limit(options.limit).execute();
  }

  /** Published items for the sitemap, in pages of ids (keyset, so 100,000 rows stay cheap). */
  async listForSitemap(options: { fromId: number; toId: number }): Promise<Pick<ItemRow, 'id' | 'kind' | 'slug' | 'updated_at'>[]> {
    return this.db
      .selectFrom('items')
      .select(['id', 'kind', 'slug', 'updated_at'])
      .where('status', '=', 'published')
      .where('access', '=', 'public')
      .where('id', '>=', options.fromId)
      .where('id', '<=', options.toId)
      .orderBy('id')
      .execute();
  }

  async maxItemId(): Promise<number> {
    const row = await this.db.selectFrom('items').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
    return Number(row?.max ?? 0);
  }

  async latestChange(): Promise<string | undefined> {
    const row = await this.db.selectFrom('items').select((eb) => eb.fn.max('updated_at').as('latest')).where('status', '=', 'published').executeTakeFirst();
    return row?.latest ?? undefined;
  }

  // ---- writes (seed now; the editor's desk later) ----

  async insertItem(item: NewItem, links: { topicIds: readonly number[]; authorIds: readonly number[] }, trx?: Transaction<Database>): Promise<number> {
    const run = async (db: Kysely<Database>) => {
      const { id } = await db.insertInto('items').values(item).returning('id').executeTakeFirstOrThrow();
      if (links.topicIds.length > 0) await db.insertInto('item_topics').values(links.topicIds.map((topic_id) => ({ item_id: id, topic_id }))).execute();
      if (links.authorIds.length > 0) await db.insertInto('item_authors').values(links.authorIds.map((author_id, position) => ({ item_id: id, author_id, position }))).execute();
      return id;
    };
    return trx ? run(trx) : this.db.transaction().execute(run);
  }

  async insertAuthor(author: Omit<AuthorRow, 'id'>): Promise<number> {
    const { id } = await this.db.insertInto('authors').values(author).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  /** Runs several writes in one transaction (bulk seeding is ~50x faster this way). */
  async inTransaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async insertAttachment(attachment: Omit<AttachmentRow, 'id'>): Promise<number> {
    const { id } = await this.db.insertInto('attachments').values(attachment).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  /** Changes an item's slug and leaves the old one redirecting to it. */
  async changeSlug(itemId: number, newSlug: string, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const item = await trx.selectFrom('items').select(['kind', 'slug']).where('id', '=', itemId).executeTakeFirstOrThrow();
      if (item.slug === newSlug) return;
      // A slug that once redirected elsewhere now belongs to this item.
      await trx.deleteFrom('slug_redirects').where('kind', '=', item.kind).where('old_slug', '=', newSlug).execute();
      await trx.insertInto('slug_redirects').values({ kind: item.kind, old_slug: item.slug, item_id: itemId })
        .onConflict((oc) => oc.columns(['kind', 'old_slug']).doUpdateSet({ item_id: itemId })).execute();
      await trx.updateTable('items').set({ slug: newSlug, updated_at: now }).where('id', '=', itemId).execute();
    });
  }

  async countItems(): Promise<number> {
    const row = await this.db.selectFrom('items').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
