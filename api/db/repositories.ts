import { AuditRepository } from './audit/audit.repository.js';
import type { Executor } from './executor.js';
import { EventRepository } from './event/event.repository.js';
import { GraphRepository } from './graph/graph.repository.js';
import { LineageRepository } from './lineage/lineage.repository.js';
import { ProposalRepository } from './ingest/proposal.repository.js';
import { RelationRepository } from './graph/relation.repository.js';
import { ModelRepository } from './model/model.repository.js';
import { NodeRepository } from './node/node.repository.js';
import { OrganizationRepository } from './organization/organization.repository.js';
import { PersonRepository } from './person/person.repository.js';
import { PlaceRepository } from './place/place.repository.js';
import { ProgramRepository } from './program/program.repository.js';
import { ReconcileRepository } from './reconcile/reconcile.repository.js';
import { SearchRepository } from './search/search.repository.js';

/** Every repository, bound to one executor (per request, so queries carry the request's metadata). */
export function createRepositories(executor: Executor) {
  return {
    nodes: new NodeRepository(executor),
    relations: new RelationRepository(executor),
    people: new PersonRepository(executor),
    organizations: new OrganizationRepository(executor),
    events: new EventRepository(executor),
    programs: new ProgramRepository(executor),
    models: new ModelRepository(executor),
    places: new PlaceRepository(executor),
    lineage: new LineageRepository(executor),
    search: new SearchRepository(executor),
    reconcile: new ReconcileRepository(executor),
    graph: new GraphRepository(executor),
    audit: new AuditRepository(executor),
    proposals: new ProposalRepository(executor),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
