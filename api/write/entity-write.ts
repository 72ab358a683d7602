import type { EntityLabel } from '../../model/labels.js';
import { lockNodes, readNode, recordFromProps, resolveNodes, writeEntity } from '../db/write/node.writes.js';
import type { WriteSession } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { applyEntityChange, checkEntityRecord, type EntityChange } from './entity-change.js';
import { inputError } from './input-error.js';

export interface EntityWriteResult {
  id: string;
  props: Record<string, unknown>;
  created: boolean;
}

/**
 * The core of every entity write, inside the mutation's transaction: find the
 * entity (following merge redirects), lock it (creating it when `create`), read
 * it as it is now, apply the change, check the result, write it. The lock comes
 * before the read, so concurrent changes of one entity queue instead of
 * overwriting each other.
 */
export async function writeEntityChange(
  session: WriteSession,
  change: EntityChange,
  id: string,
  sourceIds: readonly string[],
  options: { create: boolean; path: string; idField: string },
): Promise<EntityWriteResult> {
  const label: EntityLabel = change.label;
  const resolved = (await resolveNodes(session, [{ label, id }])).get(`${label}:${id}`) ?? null;
  if (resolved === null && !options.create) throw inputError(options.idField, `names no ${label}`);
  const target = resolved ?? id;
  const created = (await lockNodes(session, [{ label, id: target }], { create: options.create })).get(`${label}:${target}`);
  if (created === null || created === undefined) throw inputError(options.idField, `names no ${label}`);
  const beforeProps = created ? null : await readNode(session, { label, id: target });
  const record = applyEntityChange(beforeProps && recordFromProps(label, beforeProps), target, change, sourceIds);
  const checker = new Checker();
  checkEntityRecord(checker, label, record, options.path);
  checker.done();
  session.about(target);
  const props = await writeEntity(session, label, record, beforeProps);
  return { id: target, props, created };
}
