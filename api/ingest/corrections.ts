import type { EntityLabel } from '../../model/labels.js';
import type { ProposalKind } from '../db/ingest/proposal-record.js';
import { Checker } from '../write/checker.js';
import { ENTITY_SPECS } from '../write/entity-specs.js';
import type { FieldRef } from '../write/fact-refs.js';
import { LIMITS } from '../write/limits.js';
import { STORED_ENUMS } from '../write/stored-enums.js';

/**
 * What a reviewer changes when accepting a proposal. References are stored
 * ids the GraphQL layer decoded (with `field` naming where they came from).
 * - ENTITY: `match` (an existing entity it is) or `createNew`; for a new
 *   entity, `name`, `aliases` (replacing the proposed ones) and `fields`
 *   (kind, level, date, … as the create input names them).
 * - ROLE_OBSERVATION: `title`, `titleAsWritten`, `observedAt`, and `person`,
 *   `organization`, `event` (an existing entity instead of the proposed one).
 * - PARTICIPATION: `role`, `titleAtEvent`, `person`, `event`.
 * - LINK: `since`, `from`, `to`.
 */
export interface Corrections {
  match?: FieldRef | null;
  createNew?: boolean | null;
  name?: unknown;
  aliases?: unknown;
  fields?: unknown;
  title?: unknown;
  titleAsWritten?: unknown;
  observedAt?: unknown;
  role?: unknown;
  titleAtEvent?: unknown;
  since?: unknown;
  person?: FieldRef | null;
  organization?: FieldRef | null;
  event?: FieldRef | null;
  from?: FieldRef | null;
  to?: FieldRef | null;
}

const BY_KIND: Record<ProposalKind, readonly (keyof Corrections)[]> = {
  ENTITY: ['match', 'createNew', 'name', 'aliases', 'fields'],
  ROLE_OBSERVATION: ['title', 'titleAsWritten', 'observedAt', 'person', 'organization', 'event'],
  PARTICIPATION: ['role', 'titleAtEvent', 'person', 'event'],
  LINK: ['since', 'from', 'to'],
};

/** Corrections checked against the proposal they correct: values normalised, as stored with the acceptance. */
export interface CheckedCorrections {
  match: FieldRef | null;
  createNew: boolean;
  name: string | undefined;
  aliases: string[] | undefined;
  fields: Record<string, unknown>;
  facts: Record<string, string>;
  refs: Partial<Record<'person' | 'organization' | 'event' | 'from' | 'to', FieldRef>>;
}

const PATH = 'input.corrections';

/**
 * Checks corrections for a proposal of `kind` (an entity of `label`): only the
 * fields that kind has, each as the write operation checks it; every problem
 * is collected, and the InputError names `input.corrections.<field>`.
 */
export function checkCorrections(input: Corrections | null | undefined, kind: ProposalKind, label: EntityLabel | null): CheckedCorrections {
  const given = input ?? {};
  const c = new Checker();
  for (const key of Object.keys(given) as (keyof Corrections)[]) {
    if (given[key] !== undefined && given[key] !== null && !BY_KIND[kind].includes(key)) c.fail(`${PATH}.${key}`, `does not apply to a ${kind} proposal`);
  }
  const out: CheckedCorrections = { match: given.match ?? null, createNew: given.createNew === true, name: undefined, aliases: undefined, fields: {}, facts: {}, refs: {} };
  if (kind === 'ENTITY' && label) {
    const spec = ENTITY_SPECS[label];
    if (out.match && out.createNew) c.fail(`${PATH}.createNew`, 'cannot be given with match: the proposal is either an existing entity or a new one');
    if (out.match && out.match.label !== label) c.fail(`${PATH}.match`, `must be the id of a ${label}, got the id of a ${out.match.label}`);
    out.name = c.text(`${PATH}.name`, given.name, { max: LIMITS.name }) ?? undefined;
    out.aliases = c.texts(`${PATH}.aliases`, given.aliases, { max: LIMITS.name, maxItems: LIMITS.aliases });
    if (given.fields !== undefined && given.fields !== null) {
      if (typeof given.fields !== 'object' || Array.isArray(given.fields)) c.fail(`${PATH}.fields`, 'must be an object of field names and values');
      else {
        const allowed = ['description', ...Object.keys(spec.fields)];
        for (const [key, value] of Object.entries(given.fields as Record<string, unknown>)) {
          if (!allowed.includes(key)) c.fail(`${PATH}.fields.${key}`, `is not a field of a ${label} (${allowed.join(', ')})`);
          else out.fields[key] = value;
        }
      }
    }
    if (out.match && (out.name !== undefined || out.aliases !== undefined || Object.keys(out.fields).length > 0)) {
      c.fail(`${PATH}.match`, 'an existing entity is matched as it is: name, aliases and fields only apply to a new one');
    }
  }
  const text = (key: 'title' | 'titleAsWritten' | 'titleAtEvent') => {
    const value = c.text(`${PATH}.${key}`, given[key], { max: LIMITS.shortText });
    if (typeof value === 'string') out.facts[key] = value;
  };
  if (kind === 'ROLE_OBSERVATION') {
    text('title');
    text('titleAsWritten');
    const observedAt = c.partialDate(`${PATH}.observedAt`, given.observedAt);
    if (typeof observedAt === 'string') out.facts.observedAt = observedAt;
  }
  if (kind === 'PARTICIPATION') {
    const role = c.oneOf(`${PATH}.role`, given.role, STORED_ENUMS.participationRole);
    if (typeof role === 'string') out.facts.role = role;
    text('titleAtEvent');
  }
  if (kind === 'LINK') {
    const since = c.partialDate(`${PATH}.since`, given.since);
    if (typeof since === 'string') out.facts.since = since;
  }
  for (const key of ['person', 'organization', 'event', 'from', 'to'] as const) {
    const ref = given[key];
    if (ref && BY_KIND[kind].includes(key)) out.refs[key] = { ...ref, field: `${PATH}.${key}` };
  }
  c.done();
  return out;
}

/** The corrections as stored with an acceptance (ids as stored ids), or null when there were none. */
export function storedCorrections(checked: CheckedCorrections): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  if (checked.match) out.match = checked.match.id;
  if (checked.createNew) out.createNew = true;
  if (checked.name !== undefined) out.name = checked.name;
  if (checked.aliases !== undefined) out.aliases = checked.aliases;
  if (Object.keys(checked.fields).length > 0) out.fields = checked.fields;
  Object.assign(out, checked.facts);
  for (const [key, ref] of Object.entries(checked.refs)) out[key] = ref.id;
  return Object.keys(out).length > 0 ? out : null;
}
