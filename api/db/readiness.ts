import type { Executor } from './executor.js';
import { appliedVersion } from './schema-migrations.js';

/**
 * Neo4j reachable and the schema at the version this build expects.
 * Times out on its own so a hung database cannot hang the probe.
 */
export function databaseReadiness(executor: Executor, expectedVersion: number, timeoutMs = 3_000) {
  return {
    async notReadyReason(): Promise<string | null> {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`Neo4j did not answer within ${timeoutMs} ms`), timeoutMs);
      });
      const check = appliedVersion(executor).then(
        (version) => (version >= expectedVersion ? null : `schema at version ${version}, expected ${expectedVersion}: run \`npm run db:migrate\``),
        (error: unknown) => `Neo4j is unreachable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
      try {
        return await Promise.race([check, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
