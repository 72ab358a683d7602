/** npm run db:migrate — applies schema/migrations to the configured Neo4j. */
import { MIGRATIONS_DIR } from '../api/paths.js';
import { migrate, readMigrations } from '../api/db/schema-migrations.js';
import { withScriptDatabase } from './script-database.js';

await withScriptDatabase(async (executor) => {
  const { applied, version } = await migrate(executor, readMigrations(MIGRATIONS_DIR));
  console.log(applied.length ? `Applied ${applied.join(', ')}; schema at version ${version}` : `Schema is up to date (version ${version})`);
});
