import { Migrator, type MigrationProvider } from 'kysely/migration';
import { migrations } from '../../db/migrations/index.js';
import type { Db } from './database.js';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Migrations written on parallel branches may land out of name order; each still runs once. */
const migratorFor = (db: Db) =>
  new Migrator({ db, provider, migrationTableName: 'xk_migrations', migrationLockTableName: 'xk_migrations_lock', allowUnorderedMigrations: true });

export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Ready means every migration this build knows is applied (GET /api/ready). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migratorFor(db).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
