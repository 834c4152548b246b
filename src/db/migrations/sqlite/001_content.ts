import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE site_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE TABLE topics (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      slug TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL)`,
    `CREATE TABLE authors (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      slug TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '')`,
    `CREATE TABLE items (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('news','report','event','page')),
      slug TEXT NOT NULL,
      title TEXT NOT NULL,
      summary TEXT NOT NULL DEFAULT '',
      body_md TEXT NOT NULL DEFAULT '',
      body_html TEXT NOT NULL DEFAULT '',
      body_text TEXT NOT NULL DEFAULT '',
      reading_minutes INTEGER NOT NULL DEFAULT 1,
      hero_image TEXT,
      hero_alt TEXT,
      status TEXT NOT NULL CHECK (status IN ('draft','scheduled','published')),
      access TEXT NOT NULL CHECK (access IN ('public','registered','members')),
      published_at TEXT,
      updated_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      event_start TEXT,
      event_end TEXT,
      venue TEXT,
      online_url TEXT,
      UNIQUE (kind, slug))`,
    `CREATE INDEX items_status_published ON items (status, published_at DESC)`,
    `CREATE INDEX items_kind_status_published ON items (kind, status, published_at DESC)`,
    `CREATE INDEX items_event_start ON items (kind, event_start)`,
    // Covers the columns listings filter on, so counting a topic's items never reads item rows.
    `CREATE INDEX items_listing ON items (id, status, kind)`,
    `CREATE TABLE item_topics (
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
      PRIMARY KEY (item_id, topic_id))`,
    `CREATE INDEX item_topics_topic ON item_topics (topic_id, item_id)`,
    `CREATE TABLE item_authors (
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      author_id INTEGER NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
      position INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (item_id, author_id))`,
    `CREATE TABLE attachments (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      filename TEXT NOT NULL,
      mime TEXT NOT NULL,
      size_bytes INTEGER NOT NULL,
      storage_key TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL)`,
    `CREATE INDEX attachments_item ON attachments (item_id)`,
    `CREATE TABLE slug_redirects (
      kind TEXT NOT NULL,
      old_slug TEXT NOT NULL,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      PRIMARY KEY (kind, old_slug))`,
    // Full-text index of published, listed items only (external-content FTS5 kept in step by
    // triggers), so search never has to read item rows to drop drafts and static pages.
    // kind is indexed too, so a search filtered by kind intersects posting lists instead of
    // reading item rows; queries keep readers' words to the other three columns.
    `CREATE VIRTUAL TABLE items_fts USING fts5(
      title, summary, body_text, kind,
      content='items', content_rowid='id',
      tokenize='porter unicode61 remove_diacritics 2')`,
    `CREATE TRIGGER items_fts_insert AFTER INSERT ON items WHEN new.status = 'published' AND new.kind != 'page' BEGIN
      INSERT INTO items_fts(rowid, title, summary, body_text, kind) VALUES (new.id, new.title, new.summary, new.body_text, new.kind);
    END`,
    `CREATE TRIGGER items_fts_delete AFTER DELETE ON items WHEN old.status = 'published' AND old.kind != 'page' BEGIN
      INSERT INTO items_fts(items_fts, rowid, title, summary, body_text, kind) VALUES ('delete', old.id, old.title, old.summary, old.body_text, old.kind);
    END`,
    // One trigger, so the old entry is always removed before the new one is added.
    `CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary, body_text, status, kind ON items BEGIN
      INSERT INTO items_fts(items_fts, rowid, title, summary, body_text, kind)
        SELECT 'delete', old.id, old.title, old.summary, old.body_text, old.kind WHERE old.status = 'published' AND old.kind != 'page';
      INSERT INTO items_fts(rowid, title, summary, body_text, kind)
        SELECT new.id, new.title, new.summary, new.body_text, new.kind WHERE new.status = 'published' AND new.kind != 'page';
    END`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
