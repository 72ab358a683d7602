import type { NodeLabel } from '../../model/labels.js';
import { resolveNodes, type NodeRef } from '../db/write/node.writes.js';
import type { StatementRunner } from '../db/write/write-session.js';
import { InputError } from './input-error.js';

/** A reference an input makes to a node, with the input field that made it. */
export interface FieldRef extends NodeRef {
  field: string;
}

/**
 * The stored ids the references name (following merge redirects), or an
 * InputError naming every field whose reference names nothing.
 */
export async function resolveRefs<K extends string>(session: StatementRunner, refs: Record<K, FieldRef | null | undefined>): Promise<Record<K, NodeRef | null>> {
  const given = Object.entries(refs).filter((e): e is [K, FieldRef] => e[1] !== null && e[1] !== undefined);
  const found = await resolveNodes(session, given.map(([, r]) => r));
  const problems = given
    .filter(([, r]) => !found.get(`${r.label}:${r.id}`))
    .map(([, r]) => ({ field: r.field, message: `names no ${r.label} ("${r.id}")` }));
  if (problems.length > 0) throw new InputError(problems);
  const out = {} as Record<K, NodeRef | null>;
  for (const key of Object.keys(refs) as K[]) {
    const r = refs[key];
    out[key] = r ? { label: r.label as NodeLabel, id: found.get(`${r.label}:${r.id}`)! } : null;
  }
  return out;
}

export const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
