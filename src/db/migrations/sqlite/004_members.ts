import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE organisations (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('active','lapsed')),
      tier TEXT NOT NULL DEFAULT 'standard',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL)`,
    // People with a confirmed address at one of these domains are members automatically.
    `CREATE TABLE organisation_domains (
      domain TEXT PRIMARY KEY,
      organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE)`,
    `CREATE INDEX organisation_domains_org ON organisation_domains (organisation_id)`,
    `CREATE TABLE membership_requests (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('pending','approved','refused')),
      message TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      decided_at TEXT,
      decided_by INTEGER REFERENCES users(id) ON DELETE SET NULL)`,
    `CREATE INDEX membership_requests_user ON membership_requests (user_id, status)`,
    `CREATE INDEX membership_requests_status ON membership_requests (status, created_at)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
