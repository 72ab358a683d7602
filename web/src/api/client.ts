/**
 * The one way the explorer talks to the GraphQL API: a POST of JSON to /graphql.
 * `content-type: application/json` is what lets the request through Apollo's
 * CSRF prevention. Signed in, every request also carries the session's CSRF
 * token (X-CSRF-Token), without which the API refuses a write made with the
 * session cookie (docs/decisions/024-accounts-and-sessions.md).
 *
 * An error keeps the server's code (BAD_USER_INPUT, NOT_FOUND, …) and the
 * argument it names; the server's message is English and for developers, so
 * pages show a Vietnamese message chosen from the code (ui/status.ts), never it.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null = null,
    /** The argument the server refused (`query`, `filter.place`), when it names one. */
    readonly field: string | null = null,
    /** The HTTP status of the answer; null when no answer came. */
    readonly status: number | null = null,
    /** A refused write's problems, each naming its input field (`input.name`), as the API lists them in `extensions.problems`. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** One thing wrong with a write's input, as the API names it: the field (`input.adoptions[1].place`) and what is wrong. */
export interface Problem {
  field: string;
  message: string;
}

let csrfToken: string | null = null;

/** The signed-in session's CSRF token, or null once signed out (api/session.ts keeps it). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function requestHeaders(): Record<string, string> {
  return csrfToken ? { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfToken } : { 'content-type': 'application/json', accept: 'application/json' };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; problems?: Problem[]; conflicts?: { message: string }[] } }[];
}

/** What a refusal says, field by field: BAD_USER_INPUT lists problems; CONFLICT lists what changed, under its field. */
function problemsOf(extensions: NonNullable<NonNullable<GraphQLResponse<unknown>['errors']>[number]['extensions']>): Problem[] {
  if (extensions.problems) return extensions.problems;
  if (extensions.conflicts && extensions.field) return extensions.conflicts.map((c) => ({ field: extensions.field!, message: c.message }));
  return [];
}

/** Codes of our own for failures that never reached GraphQL. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const BAD_RESPONSE = 'BAD_RESPONSE';

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: requestHeaders(),
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network failure', NETWORK_ERROR);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`not JSON (HTTP ${response.status})`, BAD_RESPONSE, null, response.status);
  }
  const first = body.errors?.[0];
  if (first) {
    const ext = first.extensions;
    throw new ApiError(first.message, ext?.code ?? null, ext?.field ?? null, response.status, ext ? problemsOf(ext) : []);
  }
  if (!body.data) throw new ApiError(`no data (HTTP ${response.status})`, BAD_RESPONSE, null, response.status);
  return body.data;
}

/** True for the rejection of a request that the page itself cancelled (the user moved on). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
