// Numbered migrations per dialect, applied on start. A migration file is never edited
// after it lands; a change is a new, higher-numbered file in both dialect folders.
import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import * as sqlite001 from './migrations/sqlite/001_content.js';
import * as postgres001 from './migrations/postgres/001_content.js';
import * as sqlite002 from './migrations/sqlite/002_outbox.js';
import * as postgres002 from './migrations/postgres/002_outbox.js';
import * as sqlite003 from './migrations/sqlite/003_accounts.js';
import * as postgres003 from './migrations/postgres/003_accounts.js';
import * as sqlite004 from './migrations/sqlite/004_members.js';
import * as postgres004 from './migrations/postgres/004_members.js';
import * as sqlite005 from './migrations/sqlite/005_benefits.js';
import * as postgres005 from './migrations/postgres/005_benefits.js';
import * as sqlite006 from './migrations/sqlite/006_editorial.js';
import * as postgres006 from './migrations/postgres/006_editorial.js';
import * as sqlite007 from './migrations/sqlite/007_engagement.js';
import * as postgres007 from './migrations/postgres/007_engagement.js';
import * as sqlite008 from './migrations/sqlite/008_personalisation.js';
import * as postgres008 from './migrations/postgres/008_personalisation.js';
import * as sqlite009 from './migrations/sqlite/009_newsletters.js';
import * as postgres009 from './migrations/postgres/009_newsletters.js';
import type { Db, Dialect } from './connection.js';

const MIGRATIONS: Record<Dialect, Record<string, Migration>> = {
  sqlite: { '001_content': sqlite001, '002_outbox': sqlite002, '003_accounts': sqlite003, '004_members': sqlite004, '005_benefits': sqlite005, '006_editorial': sqlite006, '007_engagement': sqlite007, '008_personalisation': sqlite008, '009_newsletters': sqlite009 },
  postgres: { '001_content': postgres001, '002_outbox': postgres002, '003_accounts': postgres003, '004_members': postgres004, '005_benefits': postgres005, '006_editorial': postgres006, '007_engagement': postgres007, '008_personalisation': postgres008, '009_newsletters': postgres009 },
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS[this.dialect];
  }
}

/**
 * On PostgreSQL the bookkeeping tables are pinned to the connection's own schema: Kysely
 * looks for them across every schema, so without this a second Pulse (or test run) in
 * another schema of the same database would think they already existed.
 */
async function migratorFor(db: Db): Promise<Migrator> {
  let migrationTableSchema: string | undefined;
  if (db.dialect === 'postgres') {
    const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db.kysely);
    migrationTableSchema = rows[0]?.schema;
  }
  return new Migrator({ db: db.kysely, provider: new StaticProvider(db.dialect), migrationTableSchema });
}

/**
 * Kysely's migrator asks PostgreSQL about the tables of every schema in the database; when
 * another schema is dropped during that query (another Pulse's tests finishing), PostgreSQL
 * answers "schema … does not exist" (3F000) about that other schema. Nothing was changed, so
 * asking again is safe.
 */
async function retryingSchemaRace<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== '3F000' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  return retryingSchemaRace(async () => {
    const { error, results } = await (await migratorFor(db)).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  });
}

/** Names of migrations this code knows but the database has not applied. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await retryingSchemaRace(async () => (await migratorFor(db)).getMigrations());
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
