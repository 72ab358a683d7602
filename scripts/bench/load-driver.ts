import { Agent, request } from 'node:http';

/**
 * Closed-loop load: `concurrency` clients, each sending its next request as
 * soon as the previous answer is read, until `total` requests are done or
 * `maxSeconds` have passed (then no new request starts: a slow operation is
 * measured on fewer requests rather than holding the whole run up). Plain
 * node:http with keep-alive (lighter than fetch, so the load generator takes
 * less of the 2 cores from the server it measures).
 */
export interface BenchRequest {
  path: string;
  body: string;
}

export interface RunResult {
  latenciesMs: number[];
  seconds: number;
  failures: number;
  firstFailure?: string;
  requests: number;
}

export async function closedLoop(port: number, requests: (k: number) => BenchRequest, concurrency: number, total: number, maxSeconds = Infinity): Promise<RunResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let next = 0;
  const post = (r: BenchRequest) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: r.path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(r.body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total && performance.now() - started < maxSeconds * 1000) {
        const r = requests(next++);
        const t = performance.now();
        const { status, text } = await post(r);
        latenciesMs.push(performance.now() - t);
        // A GraphQL error answers 200: look for it too, cheaply.
        if (status !== 200 || text.startsWith('{"errors"') || text.includes('"errors":[')) {
          failures += 1;
          firstFailure ??= `${r.path} ${status} ${text.slice(0, 300)}`;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { latenciesMs, seconds, failures, firstFailure, requests: latenciesMs.length };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}
