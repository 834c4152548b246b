// Full-text search SQL. The dialects differ here and only here: FTS5 with bm25 on SQLite,
// a generated tsvector with a GIN index and ts_rank on PostgreSQL.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../db/connection.js';
import type { AccessLevel, Database, ItemKind } from '../db/schema.js';
import type { ItemSummaryRow } from '../content/repo.js';
import { MARK_END, MARK_START, toFts5, toWebsearch } from './query.js';

export interface SearchFilter {
  terms: readonly string[];
  mode: 'all' | 'any';
  kinds: readonly ItemKind[];
  topicId: number | undefined;
  /** Access levels whose bodies the viewer may read; other items get a snippet of their summary only. */
  readable: readonly AccessLevel[];
}

export type SearchRow = ItemSummaryRow & { snippet: string };

const COLUMNS = sql.raw(`items.id, items.kind, items.slug, items.title, items.summary, items.reading_minutes, items.hero_image, items.hero_alt,
  items.status, items.access, items.published_at, items.updated_at, items.created_at, items.event_start, items.event_end, items.venue, items.online_url`);

export class SearchRepo {
  constructor(private readonly db: Kysely<Database>, private readonly dialect: Dialect) {}

  async search(filter: SearchFilter, page: { limit: number; offset: number }): Promise<{ rows: SearchRow[]; total: number }> {
    return this.dialect === 'sqlite' ? this.searchSqlite(filter, page) : this.searchPostgres(filter, page);
  }

  private filters(filter: SearchFilter): RawBuilder<unknown> {
    const kinds = sql.join(filter.kinds.map((k) => sql`${k}`));
    const topic = filter.topicId === undefined ? sql`` : sql` AND EXISTS (SELECT 1 FROM item_topics WHERE item_topics.item_id = items.id AND item_topics.topic_id = ${filter.topicId})`;
    return sql`items.status = 'published' AND items.kind IN (${kinds})${topic}`;
  }

  private readableList(filter: SearchFilter): RawBuilder<unknown> {
    return filter.readable.length > 0 ? sql.join(filter.readable.map((a) => sql`${a}`)) : sql`'none'`;
  }

  private async searchSqlite(filter: SearchFilter, page: { limit: number; offset: number }) {
    const match = toFts5(filter.terms, filter.mode);
    const where = sql`items_fts MATCH ${match} AND ${this.filters(filter)}`;
    const count = await sql<{ n: number }>`SELECT count(*) AS n FROM items_fts JOIN items ON items.id = items_fts.rowid WHERE ${where}`.execute(this.db);
    const total = Number(count.rows[0]?.n ?? 0);
    if (total === 0) return { rows: [], total };
    // Column weights: a hit in the title counts ten times one in the body.
    const rows = await sql<SearchRow>`
      SELECT ${COLUMNS},
        CASE WHEN items.access IN (${this.readableList(filter)})
          THEN snippet(items_fts, -1, ${MARK_START}, ${MARK_END}, ' … ', 28)
          ELSE highlight(items_fts, 1, ${MARK_START}, ${MARK_END}) END AS snippet
      FROM items_fts JOIN items ON items.id = items_fts.rowid
      WHERE ${where}
      ORDER BY bm25(items_fts, 10.0, 4.0, 1.0), items.published_at DESC
      LIMIT ${page.limit} OFFSET ${page.offset}`.execute(this.db);
    return { rows: rows.rows, total };
  }

  private async searchPostgres(filter: SearchFilter, page: { limit: number; offset: number }) {
    const query = sql`websearch_to_tsquery('english', ${toWebsearch(filter.terms, filter.mode)})`;
    const where = sql`items.search_vector @@ q.query AND ${this.filters(filter)}`;
    const count = await sql<{ n: number }>`SELECT count(*) AS n FROM items, ${query} AS q(query) WHERE ${where}`.execute(this.db);
    const total = Number(count.rows[0]?.n ?? 0);
    if (total === 0) return { rows: [], total };
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
    const rows = await sql<SearchRow & { body_text: string; query: unknown; rank: number }>`
      SELECT ranked.*, ts_headline('english',
        CASE WHEN ranked.access IN (${this.readableList(filter)}) THEN ranked.body_text ELSE ranked.summary END, ranked.query, ${options}) AS snippet
      FROM (
        SELECT ${COLUMNS}, items.body_text, q.query, ts_rank(items.search_vector, q.query) AS rank
        FROM items, ${query} AS q(query)
        WHERE ${where}
        ORDER BY rank DESC, items.published_at DESC
        LIMIT ${page.limit} OFFSET ${page.offset}
      ) AS ranked
      ORDER BY ranked.rank DESC, ranked.published_at DESC`.execute(this.db);
    return { rows: rows.rows.map(({ body_text: _b, query: _q, rank: _r, ...row }) => row), total };
  }
}
