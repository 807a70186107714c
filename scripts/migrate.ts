import { loadConfigOrExit } from '../src/config.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';

/** `npm run migrate` (and the Procfile's release line): apply pending migrations, print what ran. */
const config = loadConfigOrExit();
const handle = await openDatabase(config.database);
const where = config.database.kind === 'postgres' ? new URL(config.database.url).host : `PGlite in ${config.database.dataDir}`;
const result = await migrateToLatest(handle.db);
await handle.close();
if (result.success) {
  const applied = result.data.applied;
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}:\n${applied.map((m) => `  ${m}`).join('\n')}` : `Nothing to apply: ${where} is up to date.`);
} else {
  console.error(`Migration failed on ${where} after applying [${result.applied.join(', ')}]:`, result.error.message, result.error.cause ?? '');
  process.exit(1);
}
