import { toNodeRow } from '../db/mapping.js';
import { runMutation } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { checkCitation, writeCitation, type CitationInput } from './citation.js';
import { checkEntityChange } from './entity-change.js';
import type { EntityWriteOutcome } from './entity.operations.js';
import { writeEntityChange } from './entity-write.js';
import type { FieldRef } from './fact-refs.js';
import { LIMITS } from './limits.js';
import { prepareLink } from './link.operations.js';
import { slugFromName } from './slug.js';
import { mutationMeta, type PreparedWrite, type WriteDeps } from './write-deps.js';

/** A place a model started in or was taken up in, and since when. */
export interface ModelPlaceInput {
  place: FieldRef;
  since?: unknown;
}

/**
 * A model with what the registry records around it: where and when it started
 * (ORIGINATED_IN with `since`), where it was taken up and since when
 * (ADOPTED_IN), the programs backing it (BACKS) and the organisations to
 * contact about it (CONTACT_FOR). Every fact cites the same sources.
 */
export interface RegisterModelInput {
  slug?: unknown;
  /** The model's own fields: name, aliases, description, category. */
  fields: Record<string, unknown>;
  origin?: ModelPlaceInput | null;
  adoptions?: readonly ModelPlaceInput[] | null;
  programs?: readonly FieldRef[] | null;
  contacts?: readonly FieldRef[] | null;
  citation: CitationInput;
}

/** Refuses a list longer than the limit and an entry naming what an earlier one named. */
function checkRefs(c: Checker, refs: readonly FieldRef[], field: string): void {
  if (refs.length > LIMITS.modelLinks) c.fail(field, `must list at most ${LIMITS.modelLinks} items, got ${refs.length}`);
  refs.forEach((ref, i) => {
    if (refs.findIndex((other) => other.id === ref.id) < i) c.fail(ref.field, 'repeats an earlier item');
  });
}

/**
 * Registers a model and its facts in one transaction (an upsert on the model's
 * id, as createModel): the model is written, then each relationship through
 * the `link` operation's own work, all under one audit entry. A problem with
 * any of them (a place that is not there) leaves nothing written.
 */
export async function registerModel(deps: WriteDeps, input: RegisterModelInput): Promise<EntityWriteOutcome> {
  return runMutation(deps.executor, mutationMeta(deps, 'registerModel'), prepareRegisterModel(input));
}

/** registerModel's checks, and its work for a transaction. */
export function prepareRegisterModel(input: RegisterModelInput): PreparedWrite<EntityWriteOutcome> {
  const c = new Checker();
  const change = checkEntityChange(c, 'Model', input.fields, 'input', 'create');
  const name = change.set.name;
  const id = c.slug('input.slug', input.slug, 'mdl-') ?? (typeof name === 'string' ? slugFromName('mdl-', name) : null);
  if (id === null && typeof name === 'string') c.fail('input.slug', 'is required: the name has no ASCII letter or digit to derive an id from');
  const originSince = input.origin ? c.partialDate('input.origin.since', input.origin.since) : undefined;
  const adoptions = input.adoptions ?? [];
  checkRefs(c, adoptions.map((a) => a.place), 'input.adoptions');
  const adoptedSince = adoptions.map((a, i) => c.partialDate(`input.adoptions[${i}].since`, a.since));
  const programs = input.programs ?? [];
  checkRefs(c, programs, 'input.programs');
  const contacts = input.contacts ?? [];
  checkRefs(c, contacts, 'input.contacts');
  const citation = checkCitation(c, input.citation, 'input');
  c.done();

  return async (session) => {
    const sourceIds = await writeCitation(session, citation);
    const model = await writeEntityChange(session, change, id!, sourceIds, { create: true, path: 'input', idField: 'input.slug' });
    const self: FieldRef = { label: 'Model', id: model.id, field: 'input.slug' };
    // The sources are written already: each relationship cites them by id.
    const cited = { sources: sourceIds };
    if (input.origin) await prepareLink({ type: 'ORIGINATED_IN', from: self, to: input.origin.place, since: originSince, citation: cited })(session);
    for (const [i, adoption] of adoptions.entries()) {
      await prepareLink({ type: 'ADOPTED_IN', from: self, to: adoption.place, since: adoptedSince[i], citation: cited })(session);
    }
    for (const program of programs) await prepareLink({ type: 'BACKS', from: program, to: self, citation: cited })(session);
    for (const contact of contacts) await prepareLink({ type: 'CONTACT_FOR', from: contact, to: self, citation: cited })(session);
    return { entity: toNodeRow('Model', model.props), created: model.created };
  };
}
