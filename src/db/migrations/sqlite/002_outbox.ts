import { sql, type Kysely } from 'kysely';

// Mail kept for admins to read when no SMTP_URL is configured.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    created_at TEXT NOT NULL)`.execute(db);
}
