import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';

// src/db/migrate.ts → ../../migrations; compiled dist/src/db/migrate.js → dist/migrations. Both resolve the same way.
const migrationFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/**
 * Kysely's FileMigrationProvider imports with Node's own loader, which cannot read .ts files under vitest or
 * tsx's module graph. This one imports from our own module, so whichever loader runs the app (tsx, vitest,
 * plain node on the build) loads the migrations too. Names are the file names without extension.
 */
class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly folder: string) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.folder)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const mod = (await import(pathToFileURL(path.join(this.folder, file)).href)) as Migration;
      migrations[file.replace(/\.(ts|js)$/, '')] = mod;
    }
    return migrations;
  }
}

export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: new FolderMigrationProvider(migrationFolder) });
}

export type MigrateResult =
  | { success: true; data: { applied: string[] } }
  | { success: false; error: Error; applied: string[] };

/** Applies every pending migration in order; reports which ran. A failure rolls back the failing one. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrateResult> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  const applied = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error')?.migrationName;
    return {
      success: false,
      applied,
      error: new Error(`migration ${failed ?? '(unknown)'} failed`, { cause: error }),
    };
  }
  return { success: true, data: { applied } };
}

/** Names of the migrations this release has that the database has not applied (none = schema current). */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const migrations = await createMigrator(db).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
