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

/**
 * Ranking looks at the most recently added CANDIDATE_LIMIT matches. A rare word has fewer
 * matches than that, so its ranking is exact; a word found in most of 100,000 items would
 * otherwise need every match scored (~90 ms), and readers of a news site want recent items.
 * At this bound a search costs ~2–12 ms at 100,000 items. Most of that, for a common word, is
 * bm25 computing the word's document frequency over its whole match list (~5 ms for a word in
 * most items), which no candidate bound avoids; a smaller bound (300) saved only ~3 ms.
 */
export const CANDIDATE_LIMIT = 1000;

export class SearchRepo {
  constructor(private readonly db: Kysely<Database>, private readonly dialect: Dialect) {}

  /** One page of ranked hits, and how many candidates matched (at most CANDIDATE_LIMIT). */
  async search(filter: SearchFilter, page: { limit: number; offset: number }): Promise<{ rows: SearchRow[]; total: number }> {
    return this.dialect === 'sqlite' ? this.searchSqlite(filter, page) : this.searchPostgres(filter, page);
  }

  private readableList(filter: SearchFilter): RawBuilder<unknown> {
    return filter.readable.length > 0 ? sql.join(filter.readable.map((a) => sql`${a}`)) : sql`'none'`;
  }

  private kindList(filter: SearchFilter): RawBuilder<unknown> {
    return sql.join(filter.kinds.map((k) => sql`${k}`));
  }

  /**
   * The FTS index holds only published, listed items and their kind, so FTS5 walks matches
   * newest first and stops early; a topic filter joins the narrow item_topics index.
   */
  private sqliteCandidates(filter: SearchFilter): RawBuilder<unknown> {
    const match = toFts5(filter.terms, filter.mode, filter.kinds.length >= 3 ? undefined : filter.kinds);
    const topicJoin = filter.topicId === undefined ? sql`` : sql` CROSS JOIN item_topics t ON t.item_id = f.rowid AND t.topic_id = ${filter.topicId}`;
    return sql`SELECT f.rowid AS id, bm25(items_fts, 10.0, 4.0, 1.0, 0.0) AS score FROM items_fts f${topicJoin} WHERE items_fts MATCH ${match} ORDER BY f.rowid DESC LIMIT ${CANDIDATE_LIMIT}`;
  }

  private async searchSqlite(filter: SearchFilter, page: { limit: number; offset: number }) {
    // One pass: the window count gives the total of candidates alongside the ranked page.
    // Rank the candidates by score first, then read only this page's item rows; the window
    // count gives the number of candidates in the same pass.
    const ranked = await sql<ItemSummaryRow & { total: number }>`
      WITH candidates AS (${this.sqliteCandidates(filter)}),
      ranked AS (
        SELECT id, score, count(*) OVER () AS total FROM candidates
        ORDER BY score, id DESC LIMIT ${page.limit} OFFSET ${page.offset})
      SELECT ${COLUMNS}, ranked.total FROM ranked JOIN items ON items.id = ranked.id
      ORDER BY ranked.score, ranked.id DESC`.execute(this.db);
    if (ranked.rows.length === 0) {
      if (page.offset === 0) return { rows: [], total: 0 };
      // A page past the end: the total still decides between "no such page" and results.
      const count = await sql<{ n: number }>`SELECT count(*) AS n FROM (${this.sqliteCandidates(filter)})`.execute(this.db);
      return { rows: [], total: Number(count.rows[0]?.n ?? 0) };
    }
    const total = Number(ranked.rows[0]!.total);
    // Snippets for this page only. Bodies of items the viewer may not open are never used.
    const ids = sql.join(ranked.rows.map((r) => sql`${r.id}`));
    const snippets = await sql<{ id: number; body: string; summary: string }>`
      SELECT rowid AS id,
        snippet(items_fts, -1, ${MARK_START}, ${MARK_END}, ' … ', 28) AS body,
        highlight(items_fts, 1, ${MARK_START}, ${MARK_END}) AS summary
      FROM items_fts WHERE items_fts MATCH ${toFts5(filter.terms, 'any')} AND rowid IN (${ids})`.execute(this.db);
    const byId = new Map(snippets.rows.map((s) => [s.id, s]));
    const readable = new Set<string>(filter.readable);
    const rows = ranked.rows.map(({ total: _total, ...row }) => {
      const snippet = byId.get(row.id);
      return { ...row, snippet: (readable.has(row.access) ? snippet?.body : snippet?.summary) ?? row.summary };
    });
    return { rows, total };
  }

  private async searchPostgres(filter: SearchFilter, page: { limit: number; offset: number }) {
    const query = sql`websearch_to_tsquery('english', ${toWebsearch(filter.terms, filter.mode)})`;
    const topic = filter.topicId === undefined ? sql`` : sql` AND EXISTS (SELECT 1 FROM item_topics WHERE item_topics.item_id = items.id AND item_topics.topic_id = ${filter.topicId})`;
    const where = sql`items.search_vector @@ q.query AND items.status = 'published' AND items.kind IN (${this.kindList(filter)})${topic}`;
    const candidates = sql`SELECT items.id FROM items, ${query} AS q(query) WHERE ${where} ORDER BY items.id DESC LIMIT ${CANDIDATE_LIMIT}`;
    const count = await sql<{ n: number }>`SELECT count(*) AS n FROM (${candidates}) AS c`.execute(this.db);
    const total = Number(count.rows[0]?.n ?? 0);
    if (total === 0 || page.offset >= total) return { rows: [], total };
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
    const rows = await sql<SearchRow & { body_text: string; query: unknown; rank: number }>`
      SELECT ranked.*, ts_headline('english',
        CASE WHEN ranked.access IN (${this.readableList(filter)}) THEN ranked.body_text ELSE ranked.summary END, ranked.query, ${options}) AS snippet
      FROM (
        SELECT ${COLUMNS}, items.body_text, q.query, ts_rank(items.search_vector, q.query) AS rank
        FROM (${candidates}) AS c JOIN items ON items.id = c.id, ${query} AS q(query)
        ORDER BY rank DESC, items.published_at DESC
        LIMIT ${page.limit} OFFSET ${page.offset}
      ) AS ranked
      ORDER BY ranked.rank DESC, ranked.published_at DESC`.execute(this.db);
    return { rows: rows.rows.map(({ body_text: _b, query: _q, rank: _r, ...row }) => row), total };
  }
}
