import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE users (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      email TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      password_hash TEXT,
      role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member','editor','admin')),
      organisation_name TEXT NOT NULL DEFAULT '',
      job_role TEXT NOT NULL DEFAULT '',
      newsletter_opt_in INTEGER NOT NULL DEFAULT 0,
      terms_accepted_at TEXT NOT NULL,
      email_verified_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL)`,
    // The session id itself is never stored: only its SHA-256, so a leaked table opens nothing.
    `CREATE TABLE sessions (
      id_hash TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token TEXT NOT NULL,
      created_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL,
      authenticated_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      ip TEXT NOT NULL DEFAULT '',
      user_agent TEXT NOT NULL DEFAULT '')`,
    `CREATE INDEX sessions_user ON sessions (user_id)`,
    `CREATE TABLE tokens (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      token_hash TEXT NOT NULL UNIQUE,
      purpose TEXT NOT NULL,
      user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
      data TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT)`,
    `CREATE INDEX tokens_user_purpose ON tokens (user_id, purpose)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
