import type { MutationRequest } from './write-workload.js';

/** What the API answered. Acknowledged: HTTP 200, data and no error — the API says the write is committed. */
export interface Answer {
  acknowledged: boolean;
  /** `ok`, the first error (code and message), or why no answer came. */
  detail: string;
}

export interface Outcome<R extends MutationRequest = MutationRequest> {
  request: R;
  answer: Answer;
}

export type KeySecrets = Record<MutationRequest['role'], string>;

/** Sends a mutation with the key of its role. Never throws: a lost connection is an answer that acknowledges nothing. */
export async function sendMutation(url: string, keys: KeySecrets, request: MutationRequest, timeoutMs = 20_000): Promise<Answer> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[request.role]}` },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    const error = body.errors?.[0];
    if (response.status === 200 && !error && body.data) return { acknowledged: true, detail: 'ok' };
    return { acknowledged: false, detail: error ? `${error.extensions?.code}: ${error.message}` : `HTTP ${response.status}` };
  } catch (error) {
    return { acknowledged: false, detail: `no answer: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}` };
  }
}

/** Sends every request, `concurrency` at a time, and returns the outcomes in the requests' order. */
export async function sendAll<R extends MutationRequest>(requests: readonly R[], send: (r: R) => Promise<Answer>, concurrency = 4): Promise<Outcome<R>[]> {
  const outcomes: Outcome<R>[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const i = next++;
      outcomes[i] = { request: requests[i]!, answer: await send(requests[i]!) };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

export interface WriteStream<R extends MutationRequest> {
  /** Requests sent and not answered yet. */
  inFlight(): number;
  acknowledged(): number;
  /** Stops sending new requests, waits for the ones in flight, and returns every outcome in the order sent. */
  stop(): Promise<Outcome<R>[]>;
}

/** The longest a client of the stream waits between two refused requests. */
const MAX_PAUSE_MS = 1_000;

/**
 * A stream of mutations: `concurrency` clients, each sending the next request
 * as soon as its previous one is answered, until stopped or `next` runs out.
 * A client whose request was not acknowledged backs off as a real client would
 * (`pauseAfterFailureMs`, doubling with each refusal in a row up to 1 s): the
 * API refuses at once while Neo4j is down, and a client that came straight back
 * would send hundreds of requests into an outage of a few seconds.
 */
export function startWriteStream<R extends MutationRequest>(next: () => R | null, send: (r: R) => Promise<Answer>, options: { concurrency: number; pauseAfterFailureMs?: number }): WriteStream<R> {
  const outcomes: (Outcome<R> | undefined)[] = [];
  let stopped = false;
  let inFlight = 0;
  let acknowledged = 0;
  const client = async () => {
    let refusedInARow = 0;
    while (!stopped) {
      const request = next();
      if (request === null) return;
      const slot = outcomes.push(undefined) - 1;
      inFlight += 1;
      const answer = await send(request);
      inFlight -= 1;
      outcomes[slot] = { request, answer };
      if (answer.acknowledged) {
        acknowledged += 1;
        refusedInARow = 0;
      } else {
        const pause = Math.min((options.pauseAfterFailureMs ?? 50) * 2 ** refusedInARow, MAX_PAUSE_MS);
        refusedInARow += 1;
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  };
  const clients = Promise.all(Array.from({ length: options.concurrency }, client));
  return {
    inFlight: () => inFlight,
    acknowledged: () => acknowledged,
    async stop() {
      stopped = true;
      await clients;
      return outcomes as Outcome<R>[];
    },
  };
}

/** Polls `condition` until it holds; fails naming `what` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
