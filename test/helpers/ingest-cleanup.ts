import type { Executor } from '../../api/db/executor.js';

/**
 * Removes what ingesting and reviewing articles left in the shared test
 * database: whatever cites only these Sources (facts and entities accepted
 * from them) goes, whatever also cites others loses them from its sources,
 * and the proposals, the audit entries citing them and the Sources themselves
 * go. The suites compare a dump of the database before and after, so a
 * leftover fails them.
 */
export async function removeIngestedSources(executor: Executor, sourceIds: readonly string[]): Promise<void> {
  if (sourceIds.length === 0) return;
  const ids = [...sourceIds];
  const only = 'size(x.sourceIds) > 0 AND all(s IN x.sourceIds WHERE s IN $ids)';
  await executor.write(`MATCH (x:RoleObservation) WHERE ${only} DETACH DELETE x`, { ids });
  await executor.write(`MATCH ()-[x]->() WHERE ${only} DELETE x`, { ids });
  await executor.write(`MATCH (x) WHERE NOT x:Source AND x.sourceIds IS NOT NULL AND ${only} DETACH DELETE x`, { ids });
  await executor.write('MATCH (x) WHERE any(s IN x.sourceIds WHERE s IN $ids) SET x.sourceIds = [s IN x.sourceIds WHERE NOT s IN $ids]', { ids });
  await executor.write('MATCH ()-[x]->() WHERE any(s IN x.sourceIds WHERE s IN $ids) SET x.sourceIds = [s IN x.sourceIds WHERE NOT s IN $ids]', { ids });
  await executor.write('MATCH (p:Proposal) WHERE p.sourceId IN $ids DELETE p', { ids });
  await executor.write('MATCH (a:AuditEntry) WHERE any(s IN a.citedSourceIds WHERE s IN $ids) OR any(e IN a.entityIds WHERE e IN $ids) DELETE a', { ids });
  await executor.write('MATCH (s:Source) WHERE s.id IN $ids DETACH DELETE s', { ids });
}

/** The Sources ingestion created (they hold a text hash), for a suite to clean up after itself. */
export async function ingestedSourceIds(executor: Executor): Promise<string[]> {
  const rows = await executor.read<{ id: string }>('MATCH (s:Source) WHERE s.textHash IS NOT NULL RETURN s.id AS id ORDER BY id');
  return rows.map((r) => r.id);
}
