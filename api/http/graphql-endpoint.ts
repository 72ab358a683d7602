import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import bodyParser from 'body-parser';

/** The request as the context function sees it: the parsed JSON body, when there was one. */
export type GraphqlRequest = IncomingMessage & { body?: unknown };

export interface GraphqlEndpointOptions<TContext extends BaseContext> {
  /** Largest body accepted, as body-parser reads it ('100kb'). */
  bodyLimit: string;
  /**
   * A larger body for requests whose API key may take articles in (an article
   * sent to `ingestArticle` is up to 5 MB): `allowed` decides from the
   * Authorization header before the body is read; everyone else keeps `bodyLimit`.
   */
  largeBody?: { limit: string; allowed: (req: GraphqlRequest) => Promise<boolean> };
  context: (req: GraphqlRequest) => Promise<TContext>;
  /** Told of an error Apollo did not turn into a response (it answers 500). */
  onUnexpected: (error: unknown) => void;
}

// A body that cannot be read as JSON is refused in GraphQL's own error shape,
// so that a client reads every refusal the same way.
function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

const BODY_ERROR_CODES: Record<number, string> = { 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

/**
 * /graphql on node:http: body-parser reads the JSON body, Apollo Server's
 * integration API (executeHTTPGraphQLRequest) answers it, as Apollo's own
 * standalone server does. Express, which serves the other routes, stays out of
 * the way of the one route that carries the load: its router, its request and
 * response decorations and the ETag it hashes for every response cost a tenth
 * of the API's CPU on a timeline request (docs/decisions/013-lean-http-and-positional-rows.md).
 */
export function graphqlEndpoint<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: GraphqlEndpointOptions<TContext>) {
  apollo.assertStarted('graphqlEndpoint()');
  const parseJson = bodyParser.json({ limit: options.bodyLimit });
  const parseLargeJson = options.largeBody ? bodyParser.json({ limit: options.largeBody.limit }) : parseJson;

  async function answer(req: GraphqlRequest, res: ServerResponse): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: req.body },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  function parsed(req: GraphqlRequest, res: ServerResponse) {
    return (error?: unknown) => {
      if (error) {
        const status = (error as { status?: number }).status ?? 400;
        const expose = (error as { expose?: boolean }).expose === true;
        refuse(res, status, BODY_ERROR_CODES[status] ?? 'BAD_REQUEST', expose ? (error as Error).message : 'The request body could not be read.');
        return;
      }
      answer(req, res).catch((error: unknown) => {
        options.onUnexpected(error);
        refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      });
    };
  }

  return (req: GraphqlRequest, res: ServerResponse): void => {
    if (!options.largeBody || !req.headers.authorization) {
      parseJson(req, res, parsed(req, res));
      return;
    }
    // A key that cannot be checked now gets the ordinary limit; the context refuses it properly.
    options.largeBody.allowed(req).then(
      (large) => (large ? parseLargeJson : parseJson)(req, res, parsed(req, res)),
      () => parseJson(req, res, parsed(req, res)),
    );
  };
}
