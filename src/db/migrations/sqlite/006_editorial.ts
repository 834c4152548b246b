import { sql, type Kysely } from 'kysely';

// The editor's desk: revisions and optimistic locking for items, topic slug redirects,
// suspended accounts, the audit log and cookie-less analytics.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // Bumped on every editor save; a save naming an older version is a conflict.
    `ALTER TABLE items ADD COLUMN version INTEGER NOT NULL DEFAULT 1`,
    // 'default' follows the site setting; 'open' and 'closed' override it per item.
    `ALTER TABLE items ADD COLUMN comments TEXT NOT NULL DEFAULT 'default' CHECK (comments IN ('default','open','closed'))`,
    `CREATE INDEX items_scheduled ON items (status, published_at) WHERE status = 'scheduled'`,
    `CREATE INDEX items_desk ON items (updated_at DESC, id DESC)`,
    // A full copy of the editable fields as JSON, so any revision can be shown and restored.
    `CREATE TABLE item_revisions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      version INTEGER NOT NULL,
      author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
      author_name TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      snapshot TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (item_id, version))`,
    `CREATE TABLE topic_redirects (
      old_slug TEXT PRIMARY KEY,
      topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE)`,
    `ALTER TABLE users ADD COLUMN suspended_at TEXT`,
    `CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
      actor_name TEXT NOT NULL,
      action TEXT NOT NULL,
      subject_type TEXT NOT NULL,
      subject_id TEXT NOT NULL DEFAULT '',
      summary TEXT NOT NULL)`,
    `CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC)`,
    `CREATE INDEX audit_log_action ON audit_log (action, at DESC)`,
    // Views per item per UTC day; no visitor identity is kept here.
    `CREATE TABLE page_views_daily (
      day TEXT NOT NULL,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      views INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (day, item_id))`,
    `CREATE INDEX page_views_item ON page_views_daily (item_id, day)`,
    // One row per estimated visitor per day: a hash of IP + user agent with that day's salt.
    // Salts are deleted once their day is over, so the hashes cannot be recomputed.
    `CREATE TABLE visitor_days (
      day TEXT NOT NULL,
      visitor_hash TEXT NOT NULL,
      PRIMARY KEY (day, visitor_hash))`,
    `CREATE TABLE analytics_salts (
      day TEXT PRIMARY KEY,
      salt TEXT NOT NULL)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
