/**
 * What `npm start` does after installing and building: start the local Neo4j
 * (unless NEO4J_URI points elsewhere), migrate, load the seed into an empty
 * database, then serve.
 */
import '../api/production-default.js';
import { MIGRATIONS_DIR, SEED_DIR } from '../api/paths.js';
import { migrate, readMigrations } from '../api/db/schema-migrations.js';
import { loadSeed, seedIsLoaded } from '../seed/load/index.js';
import { instance } from './neo4j/instance.js';
import { LauncherError } from './neo4j/prerequisites.js';
import { startServer } from './neo4j/server-process.js';
import { withScriptDatabase } from './script-database.js';

try {
  if (process.env.NEO4J_URI) console.log(`Using the Neo4j at ${process.env.NEO4J_URI} (NEO4J_URI); no local server is started.`);
  else await startServer(instance('main'));
} catch (error) {
  console.error(`error: ${error instanceof LauncherError ? error.message : String(error)}`);
  process.exit(1);
}

await withScriptDatabase(async (executor) => {
  const { applied, version } = await migrate(executor, readMigrations(MIGRATIONS_DIR));
  console.log(applied.length ? `Schema migrated to version ${version} (${applied.join(', ')})` : `Schema is at version ${version}`);
  if (await seedIsLoaded(executor)) {
    console.log('The database already holds data; the seed is not loaded again (`npm run seed` reloads it).');
  } else {
    const counts = await loadSeed(executor, { seedDir: SEED_DIR });
    const nodes = Object.values(counts.nodes as Record<string, number>).reduce((a, b) => a + b, 0);
    const relationships = Object.values(counts.relationships as Record<string, number>).reduce((a, b) => a + b, 0);
    console.log(`Seed loaded: ${nodes} nodes, ${relationships} relationships`);
  }
});
if (process.exitCode) process.exit(process.exitCode);

await import('../api/main.js');
