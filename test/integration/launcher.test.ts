import assert from 'node:assert/strict';
import net from 'node:net';
import { after, describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { boltAnswers } from '../../scripts/neo4j/bolt-probe.js';
import { setInitialPasswordArgs } from '../../scripts/neo4j/initial-password.js';
import { instance, libDir } from '../../scripts/neo4j/instance.js';
import { LauncherError } from '../../scripts/neo4j/prerequisites.js';
import { runningPid, serverStatus, startServer, stopServer } from '../../scripts/neo4j/server-process.js';

const quiet = () => {};

describe('the local Neo4j launcher', () => {
  const inst = instance('launcher-test', { NEO4J_LAUNCHER_TEST_PORT: '7791' });
  rmSync(inst.home, { recursive: true, force: true });
  after(async () => {
    await stopServer(inst, quiet);
    rmSync(inst.home, { recursive: true, force: true });
  });

  it('starts a server that answers Bolt with a generated password', async () => {
    const { connection, alreadyRunning } = await startServer(inst, quiet);
    assert.equal(alreadyRunning, false);
    assert.equal(connection.uri, 'bolt://127.0.0.1:7791');
    assert.ok(connection.password.length >= 20, 'a generated password of at least 20 characters');
    assert.equal(await boltAnswers(7791), true);
    const status = await serverStatus(inst);
    assert.equal(status.running, true);
    assert.equal(status.answering, true);
    assert.ok(status.dataBytes > 0);
  });

  it('sets an initial password that starts with a dash, which neo4j-admin would otherwise read as an option', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'dvk-password-'));
    try {
      mkdirSync(path.join(home, 'conf'));
      const result = spawnSync('java', ['-cp', `${libDir()}/*`, 'org.neo4j.cli.AdminTool', ...setInitialPasswordArgs('-looks-like-an-option')], {
        encoding: 'utf8',
        env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
      });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(existsSync(path.join(home, 'data', 'dbms', 'auth.ini')));
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('does nothing on a second start but report the running server', async () => {
    const pid = runningPid(inst);
    const second = await startServer(inst, quiet);
    assert.equal(second.alreadyRunning, true);
    assert.equal(second.pid, pid);
  });

  it('refuses the wrong password', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:7791', neo4j.auth.basic('neo4j', 'not-the-password'));
    try {
      await assert.rejects(driver.verifyConnectivity(), /unauthorized|authentication/i);
    } finally {
      await driver.close();
    }
  });

  it('keeps data across a stop and a start', async () => {
    const { connection } = await startServer(inst, quiet);
    const write = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
    await write.executeQuery('CREATE (:LauncherProbe {value: $value})', { value: 'còn đây' });
    await write.close();

    assert.equal(await stopServer(inst, quiet), true);
    assert.equal(runningPid(inst), null);
    assert.equal(await boltAnswers(7791), false);

    const restarted = await startServer(inst, quiet);
    assert.equal(restarted.alreadyRunning, false);
    const read = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, restarted.connection.password));
    const { records } = await read.executeQuery('MATCH (p:LauncherProbe) RETURN p.value AS value');
    await read.close();
    assert.deepEqual(records.map((r) => r.get('value')), ['còn đây']);
  });

  it('says which port is taken instead of failing obscurely', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(7792, '127.0.0.1', resolve));
    const other = instance('launcher-busy', { NEO4J_LAUNCHER_BUSY_PORT: '7792' });
    try {
      await assert.rejects(startServer(other, quiet), (error: unknown) => {
        assert.ok(error instanceof LauncherError);
        assert.match(error.message, /Port 7792 is already in use/);
        return true;
      });
    } finally {
      blocker.close();
      rmSync(other.home, { recursive: true, force: true });
    }
  });
});
