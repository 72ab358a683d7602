// Sends the schema fuzz's cases (fuzz-cases.ts) over HTTP, several per
// request under aliases, and judges every answer.
import type { GraphQLSchema } from 'graphql';
import type { FuzzCase, WriteKnowledge } from './fuzz-cases.js';
import { literalOf, writeProbe } from './fuzz-inputs.js';
import type { SampleIds } from './fuzz-values.js';

export interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] } | null;
  text: string;
}

/** Who sends a run, and what its answers may hold. */
export interface Sender {
  name: string;
  secret: string | null;
  /** Error codes a field may answer with. */
  fieldCodes: readonly string[];
  /** Whether the cases are sent poisoned (another field invalid), so that a field answering without an error is a write that should not have happened. */
  poisoned: boolean;
}

/** Codes of a request refused as a whole: a value GraphQL does not accept for its type, or a document it cannot parse or validate. */
export const REQUEST_CODES = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST'];

// The query limits allow 20 aliases; the body limit is 100 kB.
const CASES_PER_REQUEST = 15;
const BYTES_PER_REQUEST = 60_000;
const IN_FLIGHT = 3;

export async function post(url: string, secret: string | null, body: string): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
      body,
    });
  } catch (error) {
    // The connection failed: judged as a server error, with what was sent.
    return { status: 599, body: null, text: `${String((error as Error).cause ?? error)} sending ${Buffer.byteLength(body)} bytes: ${body.slice(0, 300)}` };
  }
  const text = await response.text();
  let parsed: Answer['body'] = null;
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    // Judged below: every answer must be GraphQL-shaped JSON.
  }
  return { status: response.status, body: parsed, text };
}

function requestOf(cases: readonly FuzzCase[], poisoned: boolean): string {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const fields = cases.map((c, i) => {
    const value = poisoned ? c.poisoned : c.value;
    if (c.asLiteral) return c.render(`a${i}`, literalOf(value, c.type));
    definitions.push(`$v${i}: ${c.variableType}`);
    variables[`v${i}`] = value;
    return c.render(`a${i}`, `$v${i}`);
  });
  const operation = cases[0]!.operation;
  return JSON.stringify({ query: `${operation} Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} { ${fields.join(' ')} }`, variables });
}

/** Cases grouped into requests: same operation, same form, same acceptance, within the alias and size limits; alone when they must be. */
export function batches(cases: readonly FuzzCase[], poisoned: boolean): FuzzCase[][] {
  const groups = new Map<string, FuzzCase[]>();
  const out: FuzzCase[][] = [];
  for (const c of cases) {
    if (c.alone) {
      out.push([c]);
      continue;
    }
    const key = `${c.operation}|${c.asLiteral}|${c.accepted}|${c.unparsable === true}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    let current: FuzzCase[] = [];
    let bytes = 0;
    for (const c of group) {
      const size = Buffer.byteLength(JSON.stringify(poisoned ? c.poisoned : c.value) ?? 'null');
      if (current.length > 0 && (current.length >= CASES_PER_REQUEST || bytes + size > BYTES_PER_REQUEST)) {
        out.push(current);
        current = [];
        bytes = 0;
      }
      current.push(c);
      bytes += size;
    }
    if (current.length > 0) out.push(current);
  }
  return out;
}

/** What is wrong with the answer to `cases` sent together; empty when nothing is. */
function judge(cases: readonly FuzzCase[], answer: Answer, sender: Sender): string[] {
  const problems: string[] = [];
  const all = (message: string) => cases.map((c) => `${c.name} [${sender.name}]: ${message}`);
  if (answer.status >= 500) return all(`HTTP ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (!answer.body || (!answer.body.data && !answer.body.errors?.length)) return all(`not a GraphQL answer (HTTP ${answer.status}): ${answer.text.slice(0, 300)}`);
  const errors = answer.body.errors ?? [];
  // GraphQL leaves `data` out only when it refused the request before running any field.
  const requestLevel = answer.body.data === undefined;
  for (const error of errors) {
    const code = String(error.extensions?.code);
    const alias = typeof error.path?.[0] === 'string' ? error.path[0] : null;
    const owner = alias ? cases[Number(alias.slice(1))] : null;
    const allowed = requestLevel && !alias ? REQUEST_CODES : sender.fieldCodes;
    if (!allowed.includes(code)) problems.push(...(owner ? [`${owner.name} [${sender.name}]: ${code}: ${error.message}`] : all(`${code}: ${error.message}`)));
  }
  if (requestLevel) return problems;
  cases.forEach((c, i) => {
    const own = errors.filter((e) => e.path?.[0] === `a${i}`);
    if (c.beyondBound && !own.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions?.field === c.beyondBound)) {
      problems.push(`${c.name} [${sender.name}]: expected BAD_USER_INPUT naming ${c.beyondBound}, got ${JSON.stringify(own.map((e) => [e.extensions?.code, e.extensions?.field, e.message]))}`);
    }
    if (sender.poisoned && c.operation === 'mutation' && own.length === 0) problems.push(`${c.name} [${sender.name}]: an invalid write answered without an error: ${JSON.stringify(answer.body?.data?.[`a${i}`])}`);
    const named = (e: (typeof own)[number]) => e.extensions?.field === c.mustName || (e.extensions?.problems as { field?: string }[] | undefined)?.some((p) => p.field === c.mustName);
    if (sender.poisoned && c.mustName && !own.some(named)) {
      problems.push(`${c.name} [${sender.name}]: text the registry may not store was not named among the problems (${c.mustName}): ${JSON.stringify(own.map((e) => e.extensions?.problems ?? e.message))}`);
    }
  });
  return problems;
}

/**
 * Sends every case as `sender`, `IN_FLIGHT` requests at a time, and returns
 * what went wrong. A request refused as a whole though its values were all
 * accepted is sent again case by case, so that one case cannot hide the
 * others.
 */
export async function run(url: string, cases: readonly FuzzCase[], sender: Sender): Promise<{ problems: string[]; requests: number }> {
  const problems: string[] = [];
  let requests = 0;
  const queue = batches(cases, sender.poisoned);
  const send = async (batch: FuzzCase[]): Promise<void> => {
    requests += 1;
    const answer = await post(url, sender.secret, requestOf(batch, sender.poisoned));
    const wholeRefusal = answer.status >= 500 || answer.body?.data === undefined;
    if (batch.length > 1 && batch[0]!.accepted && wholeRefusal) {
      for (const c of batch) await send([c]);
      return;
    }
    problems.push(...judge(batch, answer, sender));
  };
  const workers = Array.from({ length: IN_FLIGHT }, async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) await send(batch);
  });
  await Promise.all(workers);
  return { problems, requests };
}

/**
 * Learns what the mutations take, by asking the API (writes made invalid by
 * their poison field, so nothing is written): for each id field of each
 * mutation's input, a seed id of a kind it takes (`seedIds`: type name → id),
 * which mutations need the admin role, and for which ones the baseline input
 * then fails on its poison field alone.
 */
export async function learnWrites(
  url: string,
  schema: GraphQLSchema,
  sample: SampleIds,
  seedIds: ReadonlyMap<string, string>,
  keys: { editor: string; admin: string },
): Promise<WriteKnowledge & { adminOnly: Set<string> }> {
  const ids = new Map<string, string>();
  const deep = new Set<string>();
  const adminOnly = new Set<string>();
  const problemsOf = async (mutation: string, probe: { query: string; variables: Record<string, unknown> }) => {
    let answer = await post(url, adminOnly.has(mutation) ? keys.admin : keys.editor, JSON.stringify(probe));
    if (!adminOnly.has(mutation) && answer.body?.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')) {
      adminOnly.add(mutation);
      answer = await post(url, keys.admin, JSON.stringify(probe));
    }
    return new Set((answer.body?.errors ?? []).flatMap((e) => ((e.extensions?.problems as { field: string }[] | undefined) ?? []).map((p) => p.field)));
  };
  for (const mutation of Object.keys(schema.getMutationType()?.getFields() ?? {})) {
    for (const id of seedIds.values()) {
      const probe = writeProbe(schema, mutation, sample, ids, id);
      if (!probe) break;
      const named = await problemsOf(mutation, probe);
      for (const field of probe.idFields) {
        const key = `${probe.inputType}.${field}`;
        if (!ids.has(key) && !named.has(`input.${field}`) && !named.has(`input.${field}[0]`)) ids.set(key, id);
      }
    }
    const probe = writeProbe(schema, mutation, sample, ids);
    if (!probe?.poisonField) continue;
    const named = await problemsOf(mutation, probe);
    if (named.size > 0 && [...named].every((field) => field.startsWith(`input.${probe.poisonField}`))) deep.add(mutation);
  }
  return { ids, deep, adminOnly };
}
