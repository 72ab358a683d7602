/**
 * npm run db:fetch | db:start | db:stop | db:status [-- --instance test]
 * Manages the project's own Neo4j; not used when NEO4J_URI points elsewhere.
 */
import { fetchNeo4j } from './fetch.js';
import { instance } from './instance.js';
import { LauncherError } from './prerequisites.js';
import { serverStatus, startServer, stopServer } from './server-process.js';

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(argv: string[]): Promise<number> {
  const command = argv[0];
  const flag = argv.indexOf('--instance');
  const inst = instance(flag >= 0 ? argv[flag + 1] ?? 'main' : 'main');
  switch (command) {
    case 'fetch':
      fetchNeo4j();
      return 0;
    case 'start':
      if (process.env.NEO4J_URI) console.log(`Note: NEO4J_URI is set (${process.env.NEO4J_URI}); starting the local Neo4j anyway because you asked for it.`);
      await startServer(inst);
      return 0;
    case 'stop':
      await stopServer(inst);
      return 0;
    case 'status': {
      const s = await serverStatus(inst);
      console.log(
        s.running
          ? `Neo4j (${s.name}) is running: pid ${s.pid}, bolt://127.0.0.1:${s.boltPort} ${s.answering ? 'answering' : 'NOT answering'}, data ${formatBytes(s.dataBytes)}, resident memory ${s.residentBytes === null ? '?' : formatBytes(s.residentBytes)}`
          : `Neo4j (${s.name}) is not running (port ${s.boltPort}, data ${formatBytes(s.dataBytes)})`,
      );
      return s.running ? 0 : 3;
    }
    default:
      console.error('usage: tsx scripts/neo4j/cli.ts fetch|start|stop|status [--instance NAME]');
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof LauncherError ? `error: ${error.message}` : error);
    process.exit(1);
  },
);
