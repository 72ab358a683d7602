import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../api/config.js';

const local = { uri: 'bolt://127.0.0.1:7687', password: 'local-secret' };

describe('configuration', () => {
  it('uses the local Neo4j and port 4000 by default', () => {
    const config = loadConfig({}, local);
    assert.equal(config.port, 4000);
    assert.equal(config.externalNeo4j, false);
    assert.equal(config.neo4j.uri, 'bolt://127.0.0.1:7687');
    assert.equal(config.neo4j.password, 'local-secret');
    assert.equal(config.neo4j.user, 'neo4j');
  });

  it('takes an external Neo4j, including routing schemes for clusters and Aura', () => {
    for (const uri of ['neo4j://db.example:7687', 'neo4j+s://abcd.databases.neo4j.io', 'bolt+s://db.example']) {
      const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'p', NEO4J_USER: 'reader', NEO4J_DATABASE: 'registry' });
      assert.equal(config.externalNeo4j, true);
      assert.equal(config.neo4j.uri, uri);
      assert.equal(config.neo4j.user, 'reader');
      assert.equal(config.neo4j.database, 'registry');
    }
  });

  it('gives sessions 8 hours idle, 24 hours at most and a plain cookie unless told otherwise', () => {
    assert.deepEqual(loadConfig({}, local).sessions, { idleTimeoutMs: 28_800_000, maxAgeMs: 86_400_000, secureCookie: false });
    assert.deepEqual(loadConfig({ SESSION_IDLE_TIMEOUT_MS: '900000', SESSION_MAX_AGE_MS: '3600000', SESSION_COOKIE_SECURE: 'true' }, local).sessions, {
      idleTimeoutMs: 900_000,
      maxAgeMs: 3_600_000,
      secureCookie: true,
    });
  });

  const invalid: [string, Record<string, string>, RegExp][] = [
    ['a port that is not a number', { PORT: 'abc' }, /^PORT must be a whole number/],
    ['a port out of range', { PORT: '70000' }, /^PORT must be between 0 and 65535/],
    ['an unsupported scheme', { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'p' }, /^NEO4J_URI scheme "http" is not supported/],
    ['a URI that is not a URI', { NEO4J_URI: 'not a uri', NEO4J_PASSWORD: 'p' }, /^NEO4J_URI is not a valid URI/],
    ['an external URI without a password', { NEO4J_URI: 'bolt://db:7687' }, /^NEO4J_PASSWORD must be set/],
    ['a bad boolean', { GRAPHQL_INTROSPECTION: 'maybe' }, /^GRAPHQL_INTROSPECTION must be true or false/],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    ['a bad database name', { NEO4J_DATABASE: 'x; DROP' }, /^NEO4J_DATABASE "x; DROP" is not a valid database name/],
    ['an idle timeout under a second', { SESSION_IDLE_TIMEOUT_MS: '500' }, /^SESSION_IDLE_TIMEOUT_MS must be between 1000 and 2592000000, got 500/],
    ['a session age that is not a number', { SESSION_MAX_AGE_MS: '8h' }, /^SESSION_MAX_AGE_MS must be a whole number/],
    ['a cookie flag that is not a boolean', { SESSION_COOKIE_SECURE: 'https' }, /^SESSION_COOKIE_SECURE must be true or false/],
  ];
  for (const [what, env, message] of invalid) {
    it(`rejects ${what} with one clear line`, () => {
      assert.throws(() => loadConfig(env, local), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, message);
        assert.equal(error.message.includes('\n'), false);
        return true;
      });
    });
  }

  it('explains what to do when there is neither NEO4J_URI nor a local server', () => {
    assert.throws(() => loadConfig({}), /NEO4J_URI is not set and no local Neo4j is running/);
  });
});
