import { ENTITY_LABELS, type EntityLabel } from '../../../model/labels.js';
import { createEntity, updateEntity } from '../../write/index.js';
import { InputIds } from '../input-ids.js';
import type { ResolverFn, Resolvers } from './types.js';
import { writeResolver } from './write-resolver.js';

type Input = Record<string, unknown>;

/** create<Label>: an upsert on the entity's id. Decodes ids, then hands over to the write layer. */
function create(label: EntityLabel): ResolverFn {
  return writeResolver('editor', async (input, context) => {
    const { slug, sources, newSources, ...fields } = input;
    const ids = new InputIds();
    const cited = ids.sources(sources, 'input.sources');
    ids.done();
    return createEntity(context.write, label, { slug, fields, citation: { sources: cited, newSources: newSources as Input[] | null } });
  });
}

function update(label: EntityLabel): ResolverFn {
  return writeResolver('editor', async (input, context) => {
    const { id, sources, newSources, ...fields } = input;
    const ids = new InputIds();
    const target = ids.ref(id, 'input.id', [label]);
    const cited = ids.sources(sources, 'input.sources');
    ids.done();
    return updateEntity(context.write, label, { id: target.id, fields, citation: { sources: cited, newSources: newSources as Input[] | null } });
  });
}

/** create<Kind> and update<Kind> for the ten kinds of entity. */
export const entityMutationResolvers: Resolvers = {
  Mutation: Object.fromEntries(ENTITY_LABELS.flatMap((label) => [
    [`create${label}`, create(label)],
    [`update${label}`, update(label)],
  ])),
};
