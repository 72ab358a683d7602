// The Cypher each contract operation sends to Neo4j, pinned in test/snapshots/
// (as @neo4j/graphql pins its translations): a change to a statement, to how the
// reads of a level are combined, or to how many round trips an operation costs
// shows up as a diff to review. UPDATE_SNAPSHOTS=1 writes the files anew.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Params, QueryObserver } from '../../api/db/executor.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { contractOperation, contractOperations } from '../helpers/contract.js';
import { createTestExecutor } from '../helpers/database.js';
import { seededApi } from '../helpers/seeded-api.js';
import { matchSnapshot } from '../helpers/snapshot.js';

interface Statement {
  mode: 'READ' | 'WRITE';
  cypher: string;
  params: Params;
}

class RecordingObserver implements QueryObserver {
  statements: Statement[] = [];
  onQuery(event: Statement): void {
    this.statements.push({ mode: event.mode, cypher: event.cypher, params: event.params });
  }
}

const NGHIA = toGlobalId('Person', 'per-pham-thien-nghia');

/** Variables on the seed's data for every contract operation, so that each reaches every level of its query. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  Search: { q: 'hoi quan', kinds: ['MODEL', 'EVENT'], first: 5 },
  PersonTimeline: { id: NGHIA },
  OfficeHolders: { id: toGlobalId('Organization', 'org-ubnd-tinh-dong-thap') },
  Models: { filter: { text: 'hoi quan' }, first: 10 },
  EventDetail: { id: toGlobalId('Event', 'ev-dong-thap-so-ket-dvcq-2022') },
  ProgramDetail: { id: toGlobalId('Program', 'pr-phong-dien-dan-van-2021-2025') },
  PlaceDetail: { id: toGlobalId('Place', 'pl-dong-thap') },
  Neighborhood: { id: NGHIA, depth: 2, limit: 30 },
  Connection: { from: NGHIA, to: toGlobalId('Person', 'per-le-thanh-cong') },
};

/** The statements as a file: the operation and its variables, then each statement with its mode and parameter names. */
function snapshotText(operation: string, variables: Record<string, unknown>, statements: readonly Statement[]): string {
  const parts = statements.map((s, i) => {
    const names = Object.keys(s.params).sort().map((n) => `$${n}`);
    return `// ${i + 1}. ${s.mode}; parameters: ${names.length ? names.join(', ') : 'none'}\n${s.cypher.trim()}\n`;
  });
  return [`// ${operation} ${JSON.stringify(variables)}: ${statements.length} statement(s), one per round trip\n`, ...parts].join('\n');
}

describe('the Cypher of the contract operations', () => {
  const recorder = new RecordingObserver();
  const api = seededApi({ serveWith: (driver) => createTestExecutor(driver, recorder) });

  it('has variables for every operation of the contract', () => {
    assert.deepEqual(Object.keys(VARIABLES).sort(), [...contractOperations().keys()].sort());
  });

  for (const [operation, variables] of Object.entries(VARIABLES)) {
    it(`${operation}: the statements are the ones in test/snapshots/${operation}.cypher`, async () => {
      recorder.statements = [];
      const data = await api.data<Record<string, unknown>>(contractOperation(operation), variables, operation);
      // Something came back: the snapshot is of an operation that reached its data.
      assert.ok(Object.values(data).every((value) => value !== null && !(Array.isArray(value) && value.length === 0)), JSON.stringify(data));
      assert.ok(recorder.statements.length > 0);
      matchSnapshot(`${operation}.cypher`, snapshotText(operation, variables, recorder.statements));
    });
  }
});
