import { accountResolvers } from './account.resolvers.js';
import { adminMutationResolvers } from './admin-mutation.resolvers.js';
import { auditResolvers } from './audit.resolvers.js';
import { entityMutationResolvers } from './entity-mutation.resolvers.js';
import { eventResolvers } from './event.resolvers.js';
import { factMutationResolvers } from './fact-mutation.resolvers.js';
import { graphResolvers } from './graph.resolvers.js';
import { historyResolvers } from './history.resolvers.js';
import { mergePreviewResolvers } from './merge-preview.resolvers.js';
import { lineageResolvers } from './lineage.resolvers.js';
import { ingestMutationResolvers } from './ingest-mutation.resolvers.js';
import { modelResolvers } from './model.resolvers.js';
import { nodeResolvers } from './node.resolvers.js';
import { organizationResolvers } from './organization.resolvers.js';
import { personResolvers } from './person.resolvers.js';
import { placeResolvers } from './place.resolvers.js';
import { programResolvers } from './program.resolvers.js';
import { proposalResolvers } from './proposal.resolvers.js';
import { reconcileResolvers } from './reconcile.resolvers.js';
import { registerModelResolvers } from './register-model.resolvers.js';
import { searchResolvers } from './search.resolvers.js';
import { sourceResolvers } from './source.resolvers.js';
import type { Resolvers } from '../resolver-types.generated.js';

/** Every domain's resolver map; makeExecutableSchema merges them. */
export const resolvers: Resolvers[] = [
  nodeResolvers,
  personResolvers,
  organizationResolvers,
  eventResolvers,
  programResolvers,
  modelResolvers,
  placeResolvers,
  lineageResolvers,
  sourceResolvers,
  searchResolvers,
  reconcileResolvers,
  graphResolvers,
  entityMutationResolvers,
  factMutationResolvers,
  registerModelResolvers,
  adminMutationResolvers,
  mergePreviewResolvers,
  auditResolvers,
  historyResolvers,
  accountResolvers,
  proposalResolvers,
  ingestMutationResolvers,
];
