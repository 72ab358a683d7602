import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatabaseHealth, type HealthTimings } from '../../api/db/database-health.js';

const TIMINGS: HealthTimings = { checkIntervalMs: 40, retryIntervalMs: 10, probeTimeoutMs: 50 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `condition` holds, for at most `ms`. */
async function eventually(condition: () => boolean, ms = 2_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('the condition did not come true');
    await sleep(5);
  }
}

/** A stand-in for Neo4j as the probe sees it: it answers, refuses, or never answers; it counts the probes. */
class FakeNeo4j {
  mode: 'up' | 'down' | 'hung' = 'up';
  probes = 0;
  private hung: (() => void)[] = [];
  readonly probe = async (): Promise<void> => {
    this.probes += 1;
    if (this.mode === 'down') throw new Error('Failed to connect to server: connect ECONNREFUSED 127.0.0.1:7687\nmore detail');
    if (this.mode === 'hung') await new Promise<void>((resolve) => this.hung.push(resolve));
  };
  /** The hung probes finally answer. */
  release(): void {
    for (const resolve of this.hung.splice(0)) resolve();
  }
}

function watched(neo4j: FakeNeo4j, timings = TIMINGS) {
  const changes: [boolean, string | null][] = [];
  const health = new DatabaseHealth(neo4j.probe, timings, (available, reason) => changes.push([available, reason]));
  return { health, changes };
}

describe('the database health and its circuit breaker', () => {
  it('start closed when the first probe succeeds, and keep probing in the background', async () => {
    const neo4j = new FakeNeo4j();
    const { health, changes } = watched(neo4j);
    assert.equal(await health.start(), true);
    await eventually(() => neo4j.probes >= 3);
    health.stop();
    assert.deepEqual([health.available, health.reason, changes], [true, null, []]);
  });

  it('open at the first failed probe, with its reason, and close at the first success of the retry probes', async () => {
    const neo4j = new FakeNeo4j();
    const { health, changes } = watched(neo4j, { ...TIMINGS, checkIntervalMs: 60_000 });
    await health.start();
    neo4j.mode = 'down';
    assert.equal(await health.check(), false);
    assert.deepEqual([health.available, health.reason], [false, 'Failed to connect to server: connect ECONNREFUSED 127.0.0.1:7687']);
    assert.match(health.refusal().message, /ECONNREFUSED.*not sent/);
    // While open, the probe is retried at its own pace, not once a minute.
    const before = neo4j.probes;
    await eventually(() => neo4j.probes >= before + 3, 1_000);
    neo4j.mode = 'up';
    await eventually(() => health.available, 200);
    health.stop();
    assert.deepEqual(changes, [
      [false, 'Failed to connect to server: connect ECONNREFUSED 127.0.0.1:7687'],
      [true, null],
    ]);
  });

  it('count a probe not answered in time as a failure, send no other while it is out, and close at its late answer', async () => {
    const neo4j = new FakeNeo4j();
    const { health } = watched(neo4j);
    await health.start();
    neo4j.mode = 'hung';
    const started = Date.now();
    assert.equal(await health.check(), false);
    assert.ok(Date.now() - started >= TIMINGS.probeTimeoutMs - 5);
    assert.equal(health.reason, `no answer within ${TIMINGS.probeTimeoutMs} ms`);
    const sent = neo4j.probes;
    await sleep(TIMINGS.retryIntervalMs * 5);
    assert.equal(neo4j.probes, sent, 'no probe is sent while the last one is out');
    // The late answer closes the breaker by itself, before the next probe.
    neo4j.mode = 'up';
    neo4j.release();
    await eventually(() => health.available, 200);
    assert.equal(neo4j.probes, sent);
    health.stop();
  });

  it('share one probe among the checks made while it runs', async () => {
    const neo4j = new FakeNeo4j();
    const health = new DatabaseHealth(neo4j.probe, TIMINGS);
    neo4j.mode = 'down';
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => health.check()));
    assert.deepEqual([verdicts.every((v) => v === false), neo4j.probes], [true, 1]);
  });

  it('stop probing when stopped', async () => {
    const neo4j = new FakeNeo4j();
    const { health } = watched(neo4j);
    await health.start();
    health.stop();
    const probes = neo4j.probes;
    await sleep(TIMINGS.checkIntervalMs * 3);
    assert.equal(neo4j.probes, probes);
  });
});
