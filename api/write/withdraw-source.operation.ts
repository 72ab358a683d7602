import type { EntityLabel } from '../../model/labels.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../model/graph-model.js';
import { lockNodes, readNode, recordFromProps, resolveNodes, writeEntity } from '../db/write/node.writes.js';
import { lockRelationship, rowFromStored, writeRelationship } from '../db/write/relationship.writes.js';
import type { AttachTarget } from './attach-sources.operation.js';
import { stringList } from './fact-refs.js';
import { inputError } from './input-error.js';
import { writeObservation } from './role-observation.operations.js';
import type { PreparedWrite } from './write-deps.js';

/**
 * The inverse of attachSources for one source: what an entity, a role
 * observation or a relationship cites loses `sourceId`; nothing else changes.
 * Refused when the source is the last one it cites (a fact without provenance
 * is never stored: delete it instead). Used when a reviewer undoes the
 * acceptance of a proposal that only added its article to an existing fact.
 * Returns false when the target no longer cites the source (nothing to do).
 */
export function prepareWithdrawSource(target: AttachTarget, sourceId: string): PreparedWrite<boolean> {
  const field = target.kind === 'node' ? target.ref.field : target.field;
  const lastSource = (what: string) => inputError(field, `${what} cites only ${sourceId}: it would be left without a source (delete it instead)`);
  return async (session) => {
    session.cites(sourceId);
    if (target.kind === 'node') {
      const ref = target.ref;
      const id = (await resolveNodes(session, [ref])).get(`${ref.label}:${ref.id}`) ?? null;
      if (id === null) throw inputError(field, `names no ${ref.label} ("${ref.id}")`);
      await lockNodes(session, [{ label: ref.label, id }], { create: false });
      const before = (await readNode(session, { label: ref.label, id }))!;
      const sources = stringList(before.sourceIds);
      if (!sources.includes(sourceId)) return false;
      if (sources.length === 1) throw lastSource(`${ref.label} ${id}`);
      if (ref.label === 'RoleObservation') {
        await writeObservation(session, id, null, null, [], field, [sourceId]);
        return true;
      }
      const label = ref.label as EntityLabel;
      const record = recordFromProps(label, before);
      record.sources = (record.sources ?? []).filter((s) => s !== sourceId);
      await writeEntity(session, label, record, before);
      session.about(id);
      return true;
    }
    const type = RELATIONSHIP_TYPES.find((t) => t === target.type) as RelationshipType;
    const locked = await lockRelationship(session, type, target.id);
    if (!locked) throw inputError(field, `names no ${target.type} relationship`);
    const sources = stringList(locked.props.sourceIds);
    if (!sources.includes(sourceId)) return false;
    if (sources.length === 1) throw lastSource(`${target.type} ${target.id}`);
    const row = rowFromStored(type, target.id, locked.from.id, locked.to.id, { ...locked.props, sourceIds: sources.filter((s) => s !== sourceId) });
    await writeRelationship(session, type, locked.from, locked.to, row, locked.props);
    session.about(locked.from.id, locked.to.id);
    return true;
  };
}
