import { NODE_LABELS } from '../../../model/labels.js';
import { attachSources, link, recordParticipation, recordRoleObservation, unlink, type AttachTarget, type CitationInput } from '../../write/index.js';
import { InputIds } from '../input-ids.js';
import type { CreateSourceInput, Resolvers } from '../resolver-types.generated.js';
import { writeResolver } from './write-resolver.js';

/** The citation of an input, its Source ids decoded. */
function citation(ids: InputIds, input: { sources?: string[] | null; newSources?: CreateSourceInput[] | null }): CitationInput {
  return { sources: ids.sources(input.sources, 'input.sources'), newSources: input.newSources };
}

/** Mutations that record facts between entities: role observations, participations, links, sources. */
export const factMutationResolvers: Resolvers = {
  Mutation: {
    recordRoleObservation: writeResolver('editor', async (input, context) => {
      const ids = new InputIds();
      const refs = {
        person: ids.ref(input.person, 'input.person', ['Person']),
        organization: ids.ref(input.organization, 'input.organization', ['Organization']),
        event: ids.optionalRef(input.event, 'input.event', ['Event']),
      };
      const cited = citation(ids, input);
      ids.done();
      return recordRoleObservation(context.write, { ...input, ...refs, title: input.title, observedAt: input.observedAt, citation: cited });
    }),
    recordParticipation: writeResolver('editor', async (input, context) => {
      const ids = new InputIds();
      const refs = {
        person: ids.ref(input.person, 'input.person', ['Person']),
        event: ids.ref(input.event, 'input.event', ['Event']),
        bridgePointPlace: ids.optionalRef(input.bridgePointPlace, 'input.bridgePointPlace', ['Place']),
      };
      const cited = citation(ids, input);
      ids.done();
      const result = await recordParticipation(context.write, { ...input, ...refs, role: input.role, citation: cited });
      return { relationship: result.participation, created: result.created };
    }),
    link: writeResolver('editor', async (input, context) => {
      const ids = new InputIds();
      const ends = { from: ids.ref(input.from, 'input.from'), to: ids.ref(input.to, 'input.to') };
      const presentedBy = ids.optionalRef(input.presentedBy, 'input.presentedBy', ['Person']);
      const cited = citation(ids, input);
      ids.done();
      return link(context.write, { ...input, ...ends, presentedBy, type: input.type, citation: cited });
    }),
    unlink: writeResolver('editor', async (input, context) => {
      const ids = new InputIds();
      const ends = { from: ids.ref(input.from, 'input.from'), to: ids.ref(input.to, 'input.to') };
      const cited = citation(ids, input);
      ids.done();
      return unlink(context.write, { ...ends, type: input.type, role: input.role, citation: cited });
    }),
    attachSources: writeResolver('editor', async (input, context) => {
      const ids = new InputIds();
      // A relationship's GraphEdge id, or else a node's global id.
      const edge = ids.edge(input.target);
      const target: AttachTarget = edge
        ? { kind: 'relationship', ...edge, field: 'input.target' }
        : { kind: 'node', ref: ids.ref(input.target, 'input.target', NODE_LABELS) };
      const cited = citation(ids, input);
      ids.done();
      return attachSources(context.write, target, cited);
    }),
  },
};
