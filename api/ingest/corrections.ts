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

/** Every correction, in the order of the SDL's `ProposalCorrections` (problems are listed in it). */
const KEYS: readonly (keyof Corrections)[] = ['match', 'createNew', 'name', 'aliases', 'fields', 'title', 'titleAsWritten', 'observedAt', 'role', 'titleAtEvent', 'since', 'person', 'organization', 'event', 'from', 'to'];

type FactKey = 'title' | 'titleAsWritten' | 'observedAt' | 'role' | 'titleAtEvent' | 'since';
type RefKey = 'person' | 'organization' | 'event' | 'from' | 'to';
const REF_KEYS: readonly RefKey[] = ['person', 'organization', 'event', 'from', 'to'];

/**
 * Corrections whose values are checked, without the proposal they correct:
 * texts normalised (NFC, trimmed) and within LIMITS, dates real, the role one
 * of the registry's. What is absent is undefined (`facts` and `refs` hold only
 * what was given).
 */
export interface CorrectionValues {
  match: FieldRef | null;
  createNew: boolean;
  name: string | undefined;
  aliases: string[] | undefined;
  /** An entity's fields as given (checked against its kind once the proposal is read). */
  fields: Record<string, unknown> | undefined;
  facts: Partial<Record<FactKey, string>>;
  refs: Partial<Record<RefKey, FieldRef>>;
}

/** Corrections checked against the proposal they correct: values normalised, as stored with the acceptance. */
export interface CheckedCorrections {
  match: FieldRef | null;
  createNew: boolean;
  name: string | undefined;
  aliases: string[] | undefined;
  fields: Record<string, unknown>;
  facts: Record<string, string>;
  refs: Partial<Record<RefKey, FieldRef>>;
}

const PATH = 'input.corrections';
const given = (value: unknown) => value !== undefined && value !== null;

/**
 * Checks the values of corrections as the write operations check theirs, before
 * any transaction and whatever the proposal's kind: a review with a malformed
 * correction is refused with every problem at once (with those of its ids, by
 * the GraphQL layer), the database untouched. `path` names the corrections in
 * the request (`input.items[2].corrections`).
 */
export function correctionValues(input: Corrections | null | undefined, path: string = PATH): CorrectionValues {
  const raw = input ?? {};
  const c = new Checker();
  const at = (key: keyof Corrections) => `${path}.${key}`;
  const out: CorrectionValues = { match: raw.match ?? null, createNew: c.boolean(at('createNew'), raw.createNew) === true, name: undefined, aliases: undefined, fields: undefined, facts: {}, refs: {} };
  out.name = c.text(at('name'), raw.name, { max: LIMITS.name }) ?? undefined;
  out.aliases = c.texts(at('aliases'), raw.aliases, { max: LIMITS.name, maxItems: LIMITS.aliases });
  if (given(raw.fields)) {
    if (typeof raw.fields !== 'object' || Array.isArray(raw.fields)) c.fail(at('fields'), 'must be an object of field names and values');
    else out.fields = raw.fields as Record<string, unknown>;
  }
  const fact = (key: FactKey, value: string | null | undefined) => {
    if (typeof value === 'string') out.facts[key] = value;
  };
  fact('title', c.text(at('title'), raw.title, { max: LIMITS.shortText }));
  fact('titleAsWritten', c.text(at('titleAsWritten'), raw.titleAsWritten, { max: LIMITS.shortText }));
  fact('observedAt', c.partialDate(at('observedAt'), raw.observedAt));
  fact('role', c.oneOf(at('role'), raw.role, STORED_ENUMS.participationRole));
  fact('titleAtEvent', c.text(at('titleAtEvent'), raw.titleAtEvent, { max: LIMITS.shortText }));
  fact('since', c.partialDate(at('since'), raw.since));
  for (const key of REF_KEYS) {
    const ref = raw[key];
    if (ref) out.refs[key] = ref;
  }
  c.done();
  return out;
}

/**
 * Checks corrections (their values checked by `correctionValues`) against the
 * proposal of `kind` (an entity of `label`) they correct, read in the
 * transaction: only the fields that kind has, a match of the entity's label,
 * fields of that label; every problem is collected, and the InputError names
 * `input.corrections.<field>`.
 */
export function checkCorrections(values: CorrectionValues | null | undefined, kind: ProposalKind, label: EntityLabel | null): CheckedCorrections {
  const v = values ?? correctionValues(null);
  const c = new Checker();
  const present: Record<keyof Corrections, boolean> = {
    match: v.match !== null,
    createNew: v.createNew,
    name: v.name !== undefined,
    aliases: v.aliases !== undefined,
    fields: v.fields !== undefined,
    title: 'title' in v.facts,
    titleAsWritten: 'titleAsWritten' in v.facts,
    observedAt: 'observedAt' in v.facts,
    role: 'role' in v.facts,
    titleAtEvent: 'titleAtEvent' in v.facts,
    since: 'since' in v.facts,
    person: 'person' in v.refs,
    organization: 'organization' in v.refs,
    event: 'event' in v.refs,
    from: 'from' in v.refs,
    to: 'to' in v.refs,
  };
  for (const key of KEYS) if (present[key] && !BY_KIND[kind].includes(key)) c.fail(`${PATH}.${key}`, `does not apply to a ${kind} proposal`);
  const out: CheckedCorrections = { match: null, createNew: false, name: undefined, aliases: undefined, fields: {}, facts: {}, refs: {} };
  if (kind === 'ENTITY' && label) {
    Object.assign(out, { match: v.match, createNew: v.createNew, name: v.name, aliases: v.aliases });
    const spec = ENTITY_SPECS[label];
    if (out.match && out.createNew) c.fail(`${PATH}.createNew`, 'cannot be given with match: the proposal is either an existing entity or a new one');
    if (out.match && out.match.label !== label) c.fail(`${PATH}.match`, `must be the id of a ${label}, got the id of a ${out.match.label}`);
    const allowed = ['description', ...Object.keys(spec.fields)];
    for (const [key, value] of Object.entries(v.fields ?? {})) {
      if (!allowed.includes(key)) c.fail(`${PATH}.fields.${key}`, `is not a field of a ${label} (${allowed.join(', ')})`);
      else out.fields[key] = value;
    }
    if (out.match && (out.name !== undefined || out.aliases !== undefined || Object.keys(out.fields).length > 0)) {
      c.fail(`${PATH}.match`, 'an existing entity is matched as it is: name, aliases and fields only apply to a new one');
    }
  }
  for (const [key, value] of Object.entries(v.facts)) if (BY_KIND[kind].includes(key as FactKey)) out.facts[key] = value;
  for (const key of REF_KEYS) {
    const ref = v.refs[key];
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
