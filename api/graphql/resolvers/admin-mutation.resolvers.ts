import { NODE_LABELS } from '../../../model/labels.js';
import { deleteEntity, mergeEntities, type DeleteRule } from '../../write/index.js';
import { InputIds } from '../input-ids.js';
import type { Resolvers } from './types.js';
import { writeResolver } from './write-resolver.js';

type Input = Record<string, unknown>;

/** Merging and deleting: admin only. */
export const adminMutationResolvers: Resolvers = {
  Mutation: {
    mergeEntities: writeResolver('admin', async (input, context) => {
      const ids = new InputIds();
      const survivor = ids.ref(input.survivor, 'input.survivor');
      const merged = ids.ref(input.merged, 'input.merged');
      const sources = ids.sources(input.sources, 'input.sources');
      ids.done();
      const outcome = await mergeEntities(context.write, { survivor, merged, citation: { sources, newSources: input.newSources as Input[] | null } });
      return { survivor: outcome.survivor, mergedSlug: outcome.mergedId, movedRelationships: outcome.movedRelationships, droppedRelationships: outcome.droppedRelationships };
    }),
    deleteEntity: writeResolver('admin', async (input, context) => {
      const ids = new InputIds();
      const target = ids.ref(input.id, 'input.id', NODE_LABELS);
      const sources = ids.sources(input.sources, 'input.sources');
      ids.done();
      const outcome = await deleteEntity(context.write, { target, rule: input.rule as DeleteRule, citation: { sources, newSources: input.newSources as Input[] | null } });
      return { deletedSlug: outcome.deletedId, removedRelationships: outcome.removedRelationships, removedObservations: outcome.removedObservations };
    }),
  },
};
