import { sql, type Kysely } from 'kysely';

// Engagement: comments (one level of replies) with reports and moderation, ratings,
// recommends, shares with colleagues, gift links, and the engagement event log.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // 'visible' shows at once; 'held' waits for a moderator; 'rejected' and 'deleted' are kept
    // (for replies' context and moderation history) but never shown as text.
    `CREATE TABLE comments (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      parent_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
      body_md TEXT NOT NULL,
      body_html TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('visible','held','rejected','deleted')),
      held_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      edited_at TEXT,
      decided_at TEXT,
      decided_by INTEGER REFERENCES users(id) ON DELETE SET NULL)`,
    `CREATE INDEX comments_item ON comments (item_id, status, created_at)`,
    `CREATE INDEX comments_user ON comments (user_id, created_at)`,
    `CREATE INDEX comments_held ON comments (status, created_at) WHERE status = 'held'`,
    `CREATE TABLE comment_reports (
      comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      resolved_at TEXT,
      PRIMARY KEY (comment_id, user_id))`,
    `CREATE TABLE ratings (
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (item_id, user_id))`,
    `CREATE TABLE recommends (
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      PRIMARY KEY (item_id, user_id))`,
    `CREATE INDEX recommends_item ON recommends (item_id)`,
    // One row per colleague emailed; only a hash of the address is kept (for limits and counts).
    `CREATE TABLE shares (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      recipient_hash TEXT NOT NULL,
      created_at TEXT NOT NULL)`,
    `CREATE INDEX shares_user ON shares (user_id, created_at)`,
    // A signed link opening one members-only item for 7 days; only the token's hash is stored.
    `CREATE TABLE gifts (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      token_hash TEXT NOT NULL UNIQUE,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      giver_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
      recipient_hash TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      revoked_at TEXT,
      opened_count INTEGER NOT NULL DEFAULT 0)`,
    `CREATE INDEX gifts_giver ON gifts (giver_id, created_at)`,
    `CREATE INDEX gifts_organisation ON gifts (organisation_id, created_at)`,
    // What people did with items, for personalisation: read, rate, recommend, comment, share.
    `CREATE TABLE engagement_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('read','rate','recommend','comment','share','gift')),
      value INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL)`,
    `CREATE INDEX engagement_events_item ON engagement_events (item_id, kind)`,
    `CREATE INDEX engagement_events_user ON engagement_events (user_id, created_at)`,
    `ALTER TABLE users ADD COLUMN commenting_suspended_at TEXT`,
    `ALTER TABLE users ADD COLUMN reply_emails INTEGER NOT NULL DEFAULT 1 CHECK (reply_emails IN (0,1))`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
