import { Migrator, type MigrationProvider } from 'kysely/migration';
import { migrations } from '../../db/migrations/index.js';
import type { Db } from './database.js';

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'xk_migrations', migrationLockTableName: 'xk_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Ready means every migration this build knows is applied (GET /api/ready). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'xk_migrations', migrationLockTableName: 'xk_migrations_lock' });
  const all = await migrator.getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
