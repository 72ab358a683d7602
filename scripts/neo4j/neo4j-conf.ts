import type { Instance } from './instance.js';

/**
 * neo4j.conf for a local instance on a small (2-core) machine: loopback only,
 * Bolt only, bounded transactions and memory, nothing phoning home.
 */
export function renderNeo4jConf(inst: Instance): string {
  return [
    '# Written by scripts/neo4j on every start; edit scripts/neo4j/neo4j-conf.ts instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${inst.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${inst.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.routing.enabled=false',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${inst.pageCache}`,
    'dbms.memory.transaction.total.max=512m',
    'db.memory.transaction.max=256m',
    'db.transaction.timeout=60s',
    'db.lock.acquisition.timeout=30s',
    'db.tx_log.rotation.retention_policy=1 files',
    // Preallocated 250 MB log files per database are wasted on a registry this size.
    'db.tx_log.preallocate=false',
    'server.threads.worker_count=8',
    'db.logs.query.enabled=OFF',
    `server.directories.data=${inst.dataDir}`,
    `server.directories.logs=${inst.logsDir}`,
    `server.directories.run=${inst.home}/run`,
    `server.directories.import=${inst.home}/import`,
    `server.directories.plugins=${inst.home}/plugins`,
    `server.directories.lib=${inst.home}/lib-unused`,
    '',
  ].join('\n');
}

/** JVM flags the stock neo4j launcher passes, plus the heap for this instance. */
export function jvmArgs(inst: Instance): string[] {
  return [
    `-Xms${inst.heap}`,
    `-Xmx${inst.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
  ];
}
