import { NODE_LABELS } from '../../../model/labels.js';
import { deleteEntity, mergeEntities } from '../../write/index.js';
import { InputIds } from '../input-ids.js';
import type { Resolvers } from '../resolver-types.generated.js';
import { writeResolver } from './write-resolver.js';

/** Merging and deleting: admin only. */
export const adminMutationResolvers: Resolvers = {
  Mutation: {
    mergeEntities: writeResolver('admin', async (input, context) => {
      const ids = new InputIds();
      const survivor = ids.ref(input.survivor, 'input.survivor');
      const merged = ids.ref(input.merged, 'input.merged');
      const sources = ids.sources(input.sources, 'input.sources');
      ids.done();
      const outcome = await mergeEntities(context.write, { survivor, merged, citation: { sources, newSources: input.newSources } });
      return { survivor: outcome.survivor, mergedSlug: outcome.mergedId, movedRelationships: outcome.movedRelationships, droppedRelationships: outcome.droppedRelationships };
    }),
    deleteEntity: writeResolver('admin', async (input, context) => {
      const ids = new InputIds();
      const target = ids.ref(input.id, 'input.id', NODE_LABELS);
      const sources = ids.sources(input.sources, 'input.sources');
      ids.done();
      const outcome = await deleteEntity(context.write, { target, rule: input.rule, citation: { sources, newSources: input.newSources } });
      return { deletedSlug: outcome.deletedId, removedRelationships: outcome.removedRelationships, removedObservations: outcome.removedObservations };
    }),
  },
};
