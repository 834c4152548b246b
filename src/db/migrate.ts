// Numbered migrations per dialect, applied on start. A migration file is never edited
// after it lands; a change is a new, higher-numbered file in both dialect folders.
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import * as sqlite001 from './migrations/sqlite/001_content.js';
import * as postgres001 from './migrations/postgres/001_content.js';
import type { Db, Dialect } from './connection.js';

const MIGRATIONS: Record<Dialect, Record<string, Migration>> = {
  sqlite: { '001_content': sqlite001 },
  postgres: { '001_content': postgres001 },
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS[this.dialect];
  }
}

function migratorFor(db: Db): Migrator {
  return new Migrator({ db: db.kysely, provider: new StaticProvider(db.dialect) });
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations this code knows but the database has not applied. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migratorFor(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
