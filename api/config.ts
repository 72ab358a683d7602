import type { SessionSettings } from './accounts/session-settings.js';

/**
 * The process configuration, parsed once from the environment.
 * Invalid values raise ConfigError with one line naming the variable and the fix;
 * entry points print that line and exit, never a stack trace.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** Upper bound for one transaction, so no query runs unbounded. */
  transactionTimeoutMs: number;
  /** How long a request waits for a connection before failing fast when Neo4j is down. */
  connectionAcquisitionTimeoutMs: number;
}

export interface AppConfig {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** True when NEO4J_URI was given: nothing local is started or managed. */
  externalNeo4j: boolean;
  development: boolean;
  introspection: boolean;
  /** Reads need an API key too (any role); by default anyone may read. */
  readsRequireKey: boolean;
  /** How long an API key check is cached per process; a revoked key keeps working at most this long. */
  authCacheTtlMs: number;
  /** People's sessions (docs/decisions/024-accounts-and-sessions.md). */
  sessions: SessionSettings;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const HOUR = 3_600_000;
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function parseNeo4jUri(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`NEO4J_URI is not a valid URI: "${raw}" (expected e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io)`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(`NEO4J_URI scheme "${scheme}" is not supported; use one of ${NEO4J_SCHEMES.join(', ')}`);
  }
  if (!url.hostname) throw new ConfigError(`NEO4J_URI has no host: "${raw}"`);
  return raw;
}

/**
 * Reads the configuration. `localPassword` supplies the password of the
 * project-managed Neo4j when no NEO4J_URI is given.
 */
export function loadConfig(env: Env = process.env, local?: { uri: string; password: string }): AppConfig {
  const externalNeo4j = Boolean(env.NEO4J_URI && env.NEO4J_URI.trim() !== '');
  let uri: string;
  let password: string;
  if (externalNeo4j) {
    uri = parseNeo4jUri(env.NEO4J_URI!.trim());
    if (!env.NEO4J_PASSWORD) throw new ConfigError('NEO4J_PASSWORD must be set when NEO4J_URI is set');
    password = env.NEO4J_PASSWORD;
  } else {
    if (!local) throw new ConfigError('NEO4J_URI is not set and no local Neo4j is running (run `npm run db:start`, or set NEO4J_URI)');
    uri = local.uri;
    password = env.NEO4J_PASSWORD || local.password;
  }
  const database = env.NEO4J_DATABASE?.trim() || undefined;
  if (database !== undefined && !/^[A-Za-z][A-Za-z0-9.\-]{2,62}$/.test(database)) {
    throw new ConfigError(`NEO4J_DATABASE "${database}" is not a valid database name`);
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const development = (env.NODE_ENV ?? 'production') === 'development';
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    externalNeo4j,
    development,
    introspection: boolean(env, 'GRAPHQL_INTROSPECTION', true),
    readsRequireKey: boolean(env, 'READS_REQUIRE_KEY', false),
    authCacheTtlMs: integer(env, 'AUTH_CACHE_TTL_MS', 5_000, 0, 60_000),
    sessions: {
      idleTimeoutMs: integer(env, 'SESSION_IDLE_TIMEOUT_MS', 8 * HOUR, 1_000, 30 * 24 * HOUR),
      maxAgeMs: integer(env, 'SESSION_MAX_AGE_MS', 24 * HOUR, 60_000, 90 * 24 * HOUR),
      secureCookie: boolean(env, 'SESSION_COOKIE_SECURE', false),
    },
    logLevel,
    neo4j: {
      uri,
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password,
      database,
      transactionTimeoutMs: integer(env, 'NEO4J_TX_TIMEOUT_MS', 15_000, 100, 600_000),
      connectionAcquisitionTimeoutMs: integer(env, 'NEO4J_ACQUIRE_TIMEOUT_MS', 5_000, 100, 120_000),
    },
  };
}
