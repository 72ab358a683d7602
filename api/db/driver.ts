import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';

/**
 * One driver per process. Routing schemes (neo4j://, neo4j+s://) work as given,
 * so a cluster or Aura routes read transactions to readers.
 */
export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Fail a request fast instead of hanging while Neo4j is unreachable.
    connectionAcquisitionTimeout: config.connectionAcquisitionTimeoutMs,
    connectionTimeout: Math.min(config.connectionAcquisitionTimeoutMs, 5_000),
    maxTransactionRetryTime: Math.min(config.transactionTimeoutMs, 5_000),
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    userAgent: 'dvk-graph',
  });
}
