import { createServer, type Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { FLOOR_CYPHER } from './floor-cypher.js';

/**
 * A bare node:http endpoint: POST /<Operation> with the variables as JSON runs
 * that operation's one statement in a read transaction and answers the rows as
 * JSON. `onQuery` counts round trips (one per request, by construction).
 */
export function createFloorServer(driver: Driver, onQuery: () => void): Server {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const cypher = FLOOR_CYPHER[(request.url ?? '').slice(1)];
      if (request.method !== 'POST' || !cypher) {
        response.writeHead(404).end();
        return;
      }
      const variables = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      onQuery();
      driver
        .executeQuery(cypher, variables, { routing: 'READ' })
        .then(({ records }) => {
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: records.map((r) => r.toObject()) }));
        })
        .catch((error: unknown) => {
          response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
        });
    });
  });
}
