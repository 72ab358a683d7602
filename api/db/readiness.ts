import { DatabaseHealth, DEFAULT_HEALTH_TIMINGS, type HealthListener, type HealthTimings } from './database-health.js';
import type { Executor } from './executor.js';
import { APPLIED_VERSION } from './schema-migrations.js';

export interface DatabaseWatch {
  /** The executor requests use: `executor` behind the breaker. */
  executor: Executor;
  health: DatabaseHealth;
  /** /readyz's answer, read from the state the probe keeps: why the API cannot serve, or null. */
  readiness: { notReadyReason(): string | null };
}

/**
 * Watches Neo4j for the API: a DatabaseHealth whose probe reads the applied
 * schema version (one small read that shows the configured database answers
 * statements, not only that its port is open), the executor behind its
 * breaker, and readiness from both. Call `health.start()` before serving and
 * `health.stop()` when done.
 */
export function watchDatabase(executor: Executor, expectedVersion: number, options: { timings?: Partial<HealthTimings>; onChange?: HealthListener } = {}): DatabaseWatch {
  let version: number | null = null;
  const health = new DatabaseHealth(
    async () => {
      const rows = await executor.probe<{ version: number | null }>(APPLIED_VERSION);
      version = rows[0]?.version ?? 0;
    },
    { ...DEFAULT_HEALTH_TIMINGS, ...options.timings },
    options.onChange,
  );
  return {
    executor: executor.guardedBy(health),
    health,
    readiness: {
      notReadyReason() {
        if (!health.available) return `Neo4j is unreachable: ${health.reason}`;
        if (version === null) return 'Neo4j has not been probed yet';
        if (version < expectedVersion) return `schema at version ${version}, expected ${expectedVersion}: run \`npm run db:migrate\``;
        return null;
      },
    },
  };
}
