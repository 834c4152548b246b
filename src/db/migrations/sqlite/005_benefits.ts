import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // Audiences are JSON arrays of names; an empty array means "everyone".
    `CREATE TABLE benefits (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      category TEXT NOT NULL CHECK (category IN ('event','network','briefing','discount','service')),
      audience_org_types TEXT NOT NULL DEFAULT '[]',
      audience_tiers TEXT NOT NULL DEFAULT '[]',
      audience_roles TEXT NOT NULL DEFAULT '[]',
      link_url TEXT,
      is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL)`,
    `CREATE INDEX benefits_active ON benefits (is_active, category, title)`,
    `CREATE TABLE benefit_choices (
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      benefit_id INTEGER NOT NULL REFERENCES benefits(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      PRIMARY KEY (user_id, benefit_id))`,
    `CREATE INDEX benefit_choices_benefit ON benefit_choices (benefit_id)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
