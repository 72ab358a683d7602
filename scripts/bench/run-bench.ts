/**
 * npm run bench:graphql -- [--targets dvk-graph,neo4j-graphql,floor,dvk-graph@DIR] [--clients 1,10,32]
 *   [--requests 150] [--max-seconds 8] [--warmup 20] [--prewarm-seconds 10] [--reps 3] [--ops Search,…] [--out FILE]
 *   [--node-args "--cpu-prof --cpu-prof-dir=DIR"] [--gc-trace]
 *
 * dvk-graph against @neo4j/graphql and the floor on the same Neo4j (NEO4J_URI,
 * NEO4J_PASSWORD) and data. Each target runs in its own child process
 * (serve-target.ts); for each repetition, operation and client count the
 * targets take turns (the order rotates between repetitions), each after a
 * warm-up, with a fixed number of requests (fewer when a run reaches
 * --max-seconds: the table says how many). Before the first repetition,
 * --prewarm-seconds of each operation at 10 clients bring each target's JIT
 * to its steady state: V8 goes on compiling the hot paths of a server for thousands
 * of requests, and a run measured before that measures the compiler too. Reports the medians over the
 * repetitions of p50/p95/p99 and throughput, the Cypher round trips per
 * request, each target's processor time per request (user + system, read
 * from /proc: less disturbed by other processes than wall-clock time on a
 * busy machine) and its peak resident memory while the runs went. With
 * --gc-trace, each target runs with V8's --trace-gc-nvp and the table adds its
 * collector's pause and the bytes its scavenges promoted, per request
 * (gc-trace.ts): for short requests the second hardly depends on the
 * machine's load.
 *
 * `dvk-graph@DIR` is dvk-graph as built in another checkout (DIR/dist, after `tsc`
 * there: a git worktree of the previous commit, say), served by that checkout's
 * own serve-target and asked the same requests: a change is measured alongside
 * the build before it, in one interleaved run.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../api/config.js';
import { createDriver } from '../../api/db/driver.js';
import { Executor } from '../../api/db/executor.js';
import { followGcTrace, gcBetween, type GcTotals } from './gc-trace.js';
import { MIX_SEQUENCE, requestFor, sampleOperations, TARGETS, type Operation, type Target } from './bench-cases.js';
import { closedLoop, median, percentile } from './load-driver.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
/** A target as named on the command line: one of TARGETS, or `dvk-graph@DIR`. */
type TargetName = Target | `dvk-graph@${string}`;
/** Extra Node options for every target process (a CPU profile of each, say); split on spaces. */
const targetNodeArgs = option('node-args', '').split(' ').filter(Boolean);
const targets = option('targets', TARGETS.join(',')).split(',') as TargetName[];
/** What a target is asked: another checkout's dvk-graph is asked what this one's is. */
const kindOf = (t: TargetName): Target => (t.startsWith('dvk-graph@') ? 'dvk-graph' : (t as Target));
for (const t of targets) {
  if (!(TARGETS as readonly string[]).includes(kindOf(t))) throw new Error(`unknown target ${t} (known: ${TARGETS.join(', ')}, dvk-graph@DIR)`);
}
const clients = option('clients', '1,10,32').split(',').map(Number);
const REQUESTS = Number(option('requests', '150'));
const MAX_SECONDS = Number(option('max-seconds', '8'));
const WARMUP = Number(option('warmup', '20'));
const PREWARM_SECONDS = Number(option('prewarm-seconds', '10'));
const REPS = Number(option('reps', '3'));
const OUT = option('out', '');
const only = option('ops', '');
const GC_TRACE = args.includes('--gc-trace');

interface Child {
  process: ChildProcess;
  port: number;
  /** The collector's running totals (--gc-trace only). */
  gc: GcTotals | null;
}

function startTarget(target: TargetName): Promise<Child> {
  // Compiled (npm run bench:graphql builds first), each target runs as plain JavaScript, the way `npm start` serves the API.
  const compiled = import.meta.url.endsWith('.js');
  const elsewhere = target.startsWith('dvk-graph@') ? path.resolve(target.slice('dvk-graph@'.length)) : null;
  const script = elsewhere
    ? path.join(elsewhere, 'dist', 'scripts', 'bench', 'serve-target.js')
    : fileURLToPath(new URL(compiled ? './serve-target.js' : './serve-target.ts', import.meta.url));
  if (elsewhere && !existsSync(script)) throw new Error(`${script} does not exist: run \`npx tsc -p tsconfig.json\` in ${elsewhere} first`);
  const child = fork(script, [kindOf(target)], {
    execArgv: [...(compiled || elsewhere ? [] : ['--import', 'tsx']), ...targetNodeArgs, ...(GC_TRACE ? ['--trace-gc-nvp'] : [])],
    stdio: ['ignore', GC_TRACE ? 'pipe' : 'inherit', 'inherit', 'ipc'],
    ...(elsewhere ? { cwd: elsewhere } : {}),
  });
  const gc = GC_TRACE ? followGcTrace(child.stdout!, (line) => console.error(line)) : null;
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${target} exited with ${code}`)));
    child.on('message', (m: { type: string; port?: number }) => {
      if (m.type === 'ready') resolve({ process: child, port: m.port!, gc });
    });
  });
}

function queriesOf(child: Child): Promise<number> {
  return new Promise((resolve) => {
    const listener = (m: { type: string; count?: number }) => {
      if (m.type !== 'queries') return;
      child.process.off('message', listener);
      resolve(m.count!);
    };
    child.process.on('message', listener);
    child.process.send({ type: 'queries' });
  });
}

function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** User + system processor time a process has used so far, in ms (/proc/PID/stat, clock ticks of 1/100 s). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
const CLOCK_TICKS_PER_SECOND = 100;

interface Sample {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  roundTrips: number;
  rssMb: number;
  /** The target's processor time per request, ms. */
  cpuMs: number;
  /** Collector pauses (minor and full) per request, ms, and bytes promoted per request (--gc-trace only). */
  gcPauseMs: number;
  promotedBytes: number;
  failures: number;
  requests: number;
}

const config = loadConfig(process.env);
const driver = createDriver(config.neo4j);
const operations = (await sampleOperations(new Executor(driver, { transactionTimeoutMs: 120_000 }))).filter((o) => !only || only.split(',').includes(o.name));
await driver.close();
const byName = new Map(operations.map((o) => [o.name, o]));
const cases: Operation[] = [...operations, ...(only ? [] : [{ name: 'Mix', args: [] }])];

/** Request k of a case: its arguments cycle; the mix cycles through operations too. */
function requestsOf(target: TargetName, op: Operation) {
  const kind = kindOf(target);
  if (op.name !== 'Mix') {
    const all = op.args.map((a) => requestFor(kind, op.name, a));
    if (all.some((r) => r === null) || all.length === 0) return null;
    return (k: number) => all[k % all.length]!;
  }
  const mix = MIX_SEQUENCE.filter((name) => byName.get(name)!.args.length > 0 && requestFor(kind, name, byName.get(name)!.args[0]!) !== null);
  return (k: number) => {
    const o = byName.get(mix[k % mix.length]!)!;
    return requestFor(kind, o.name, o.args[Math.floor(k / mix.length) % o.args.length]!)!;
  };
}

const children = new Map<TargetName, Child>();
for (const t of targets) children.set(t, await startTarget(t));
if (PREWARM_SECONDS > 0) {
  for (const t of targets) {
    for (const op of operations) {
      const requests = requestsOf(t, op);
      if (!requests) continue;
      const run = await closedLoop(children.get(t)!.port, requests, 10, Number.MAX_SAFE_INTEGER, PREWARM_SECONDS);
      console.error(`prewarm ${t.padEnd(13)} ${op.name.padEnd(14)} ${run.requests} requests in ${run.seconds.toFixed(0)} s, ${run.failures} failed`);
    }
  }
}
const samples = new Map<string, Sample[]>();
const key = (t: TargetName, op: string, c: number) => `${t}|${op}|${c}`;
try {
  for (let rep = 0; rep < REPS; rep++) {
    for (const op of cases) {
      for (const c of clients) {
        const order = targets.map((_, i) => targets[(i + rep) % targets.length]!);
        for (const t of order) {
          const requests = requestsOf(t, op);
          if (!requests) continue;
          const child = children.get(t)!;
          await closedLoop(child.port, requests, c, Math.max(WARMUP, c), MAX_SECONDS / 2);
          const before = await queriesOf(child);
          let rss = residentMb(child.process.pid!);
          const cpuBefore = cpuMs(child.process.pid!);
          const gcBefore = child.gc && { ...child.gc };
          const sampler = setInterval(() => (rss = Math.max(rss, residentMb(child.process.pid!))), 50);
          const total = Math.max(REQUESTS, c * 5);
          const run = await closedLoop(child.port, requests, c, total, MAX_SECONDS);
          clearInterval(sampler);
          const cpuPerRequest = (cpuMs(child.process.pid!) - cpuBefore) / run.requests;
          const gc = child.gc && gcBefore ? gcBetween(gcBefore, child.gc) : null;
          const roundTrips = ((await queriesOf(child)) - before) / run.requests;
          if (run.failures > 0) console.error(`${t} ${op.name} c=${c}: ${run.failures} failures, first: ${run.firstFailure}`);
          const sample = { p50: percentile(run.latenciesMs, 50), p95: percentile(run.latenciesMs, 95), p99: percentile(run.latenciesMs, 99), rps: run.requests / run.seconds, roundTrips, rssMb: rss, cpuMs: cpuPerRequest, gcPauseMs: gc ? (gc.scavengePauseMs + gc.fullPauseMs) / run.requests : NaN, promotedBytes: gc ? gc.promotedBytes / run.requests : NaN, failures: run.failures, requests: run.requests };
          samples.set(key(t, op.name, c), [...(samples.get(key(t, op.name, c)) ?? []), sample]);
          console.error(`rep ${rep + 1} ${op.name.padEnd(14)} c=${String(c).padStart(2)} ${t.padEnd(13)} p50 ${sample.p50.toFixed(1)} p95 ${sample.p95.toFixed(1)} p99 ${sample.p99.toFixed(1)} ms, ${sample.rps.toFixed(0)} req/s, ${roundTrips.toFixed(2)} queries/req, cpu ${cpuPerRequest.toFixed(3)} ms/req, ${gc ? `gc ${sample.gcPauseMs.toFixed(3)} ms/req, promoted ${(sample.promotedBytes / 1024).toFixed(1)} KB/req, ` : ''}rss ${rss.toFixed(0)} MB`);
        }
      }
    }
  }
} finally {
  for (const child of children.values()) child.process.kill('SIGTERM');
}

const lines = [
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}. ${REPS} repetitions, medians; up to ${REQUESTS} requests per run (at least 5 per client) or ${MAX_SECONDS} s, after ${WARMUP} warm-up requests${PREWARM_SECONDS > 0 ? `; each target first served each operation at 10 clients for ${PREWARM_SECONDS} s` : ''}.`,
  '',
  `| operation | clients | target | p50 ms | p95 ms | p99 ms | req/s | requests / run | Cypher round trips / request | CPU ms / request |${GC_TRACE ? ' GC pause ms / request | promoted KB / request |' : ''} peak RSS MB |`,
  `|---|---:|---|---:|---:|---:|---:|---:|---:|---:|${GC_TRACE ? '---:|---:|' : ''}---:|`,
];
for (const op of cases) {
  for (const c of clients) {
    for (const t of targets) {
      const s = samples.get(key(t, op.name, c));
      if (!s) {
        if (c === clients[0]) lines.push(`| ${op.name} | – | ${t} | not expressible | | | | | | | |${GC_TRACE ? ' | |' : ''}`);
        continue;
      }
      const m = (f: (x: Sample) => number) => median(s.map(f));
      const failed = s.reduce((n, x) => n + x.failures, 0);
      lines.push(`| ${op.name} | ${c} | ${t} | ${m((x) => x.p50).toFixed(1)} | ${m((x) => x.p95).toFixed(1)} | ${m((x) => x.p99).toFixed(1)} | ${m((x) => x.rps).toFixed(0)} | ${m((x) => x.requests).toFixed(0)} | ${m((x) => x.roundTrips).toFixed(2)} | ${m((x) => x.cpuMs).toFixed(3)} | ${GC_TRACE ? `${m((x) => x.gcPauseMs).toFixed(3)} | ${(m((x) => x.promotedBytes) / 1024).toFixed(1)} | ` : ''}${Math.max(...s.map((x) => x.rssMb)).toFixed(0)}${failed ? ` (${failed} failed)` : ''} |`);
    }
  }
}
// Beside another build, a change shows in each repetition's ratio (both ran back to back) more than in medians taken apart.
for (const other of targets.slice(1)) {
  const first = targets[0]!;
  const rows: string[] = [];
  for (const op of cases) {
    for (const c of clients) {
      const a = samples.get(key(first, op.name, c));
      const b = samples.get(key(other, op.name, c));
      if (!a || !b) continue;
      const throughput = a.map((x, i) => x.rps / b[i]!.rps);
      const cpu = a.map((x, i) => x.cpuMs / b[i]!.cpuMs);
      const range = (r: number[]) => `${median(r).toFixed(2)} (${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)})`;
      rows.push(`| ${op.name} | ${c} | ${range(throughput)} | ${throughput.filter((r) => r < 1).length} of ${throughput.length} | ${range(cpu)} | ${cpu.filter((r) => r > 1).length} of ${cpu.length} |`);
    }
  }
  if (rows.length === 0) continue;
  lines.push(
    '',
    `${first} against ${other}, per repetition: median (range) of the ratios, and in how many repetitions ${first} was worse.`,
    '',
    '| operation | clients | req/s ratio | below 1 | CPU per request ratio | above 1 |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  );
}
const table = lines.join('\n');
console.log(table);
if (OUT) writeFileSync(OUT, table + '\n');
process.exit(0);
