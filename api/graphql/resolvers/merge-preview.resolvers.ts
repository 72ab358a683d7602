import type { NodeRow } from '../../db/mapping.js';
import type { StoredRelationship } from '../../db/write/relationship.writes.js';
import type { EntityLabel } from '../../../model/labels.js';
import { previewMerge, recordMergeEffect } from '../../write/index.js';
import { requireRole } from '../access-errors.js';
import { reads } from '../field-reads.js';
import { InputIds } from '../input-ids.js';
import type { MergePreviewLinkParent, MergePreviewParent } from '../parent-rows.js';
import type { RelationshipType, Resolvers } from '../resolver-types.generated.js';
import { sourcesOf } from './fields.js';

const link = (r: StoredRelationship): MergePreviewLinkParent => ({
  type: r.type,
  outgoing: r.outgoing,
  other: { label: r.other.label as EntityLabel, id: r.other.id },
  sourceIds: Array.isArray(r.props.sourceIds) ? (r.props.sourceIds as string[]) : [],
});

// A role observation is a node of its own: its HAS_ROLE, IN_ORGANIZATION or AT_EVENT moves with it, shown as the observation.
const isObservation = (r: StoredRelationship) => r.other.label === 'RoleObservation';

/**
 * What a merge would do (admin): planned by api/write's previewMerge, on the
 * reads the merge makes, in a read transaction. The other ends and the
 * sources are loaded by id through the request's loaders.
 */
export const mergePreviewResolvers: Resolvers = {
  Query: {
    mergePreview: async (_root, args, context): Promise<MergePreviewParent> => {
      requireRole(context, 'admin');
      const ids = new InputIds();
      const survivor = ids.ref(args.survivor, 'survivor');
      const merged = ids.ref(args.merged, 'merged');
      ids.done();
      const preview = await previewMerge(context.write.executor, { survivor, merged });
      const label = survivor.label as EntityLabel;
      const effect = recordMergeEffect(label, preview.survivorRecord, preview.mergedRecord, preview.result);
      const moved = preview.plan.move;
      return {
        survivor: preview.survivor,
        merged: preview.merged,
        moved: moved.filter((r) => !isObservation(r)).map(link),
        droppedLoops: preview.plan.dropAsLoop.map(link),
        droppedDuplicates: preview.plan.dropAsDuplicate.map((d) => link(d.relationship)),
        observationIds: moved.filter(isObservation).map((r) => r.other.id),
        aliasesAdded: effect.aliasesAdded,
        sourceIdsAdded: effect.sourcesAdded,
        takenOver: effect.takenOver,
        conflicts: effect.conflicts,
      };
    },
  },
  MergePreview: {
    observations: reads(['observationIds'], async (p: MergePreviewParent, _args, context) => {
      const rows = await context.loaders.node.loadMany(p.observationIds.map((id) => ({ label: 'RoleObservation' as const, id })));
      return rows.filter((r): r is NodeRow => r !== null && !(r instanceof Error));
    }),
    sourcesAdded: reads(['sourceIdsAdded'], (p: MergePreviewParent, _args, context) => sourcesOf({ sourceIds: p.sourceIdsAdded }, context)),
  },
  MergePreviewLink: {
    type: reads(['type'], (l: MergePreviewLinkParent) => l.type as RelationshipType),
    other: reads(['other'], async (l: MergePreviewLinkParent, _args, context) => {
      const row = await context.loaders.node.load(l.other);
      if (!row) throw new Error(`the other end ${l.other.label} ${l.other.id} vanished while previewing`);
      return row;
    }),
    sources: reads(['sourceIds'], (l: MergePreviewLinkParent, _args, context) => sourcesOf(l, context)),
  },
};
