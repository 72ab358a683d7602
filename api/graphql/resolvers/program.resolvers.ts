import type { ProgramOrder } from '../../db/program/program.repository.js';
import type { NodeRow } from '../../db/mapping.js';
import { fromGlobalId } from '../global-id.js';
import type { PageArgs } from '../pagination.js';
import { entityFields } from './fields.js';
import { pagedConnection } from './paged-connection.js';
import { farNode, farNodes } from './related-fields.js';
import type { Resolvers } from './types.js';

/** The `ProgramFilter` input as GraphQL hands it over. */
interface ProgramFilterInput {
  text?: string | null;
  party?: string | null;
  activeIn?: number | null;
  place?: string | null;
  kinds?: string[] | null;
}

type ProgramsArgs = PageArgs & { filter?: ProgramFilterInput | null; orderBy?: ProgramOrder | null };

/** Resolvers of the program domain: read arguments, call loaders, shape results. */
export const programResolvers: Resolvers = {
  Query: {
    programs: (_root, args: ProgramsArgs, context) => {
      const input = args.filter ?? {};
      const filter = {
        text: input.text,
        partyId: input.party ? fromGlobalId(input.party, 'filter.party', ['Organization']).id : null,
        activeIn: input.activeIn,
        placeId: input.place ? fromGlobalId(input.place, 'filter.place', ['Place']).id : null,
        kinds: input.kinds,
      };
      return pagedConnection(args, (window) => context.loaders.programs.pages.load({ order: args.orderBy ?? 'DATE_DESC', query: { filter, ...window } }));
    },
  },
  Program: {
    ...entityFields,
    startYear: (row: NodeRow) => row.startYear ?? null,
    endYear: (row: NodeRow) => row.endYear ?? null,
    parties: farNodes('programParties'),
    signedAt: farNode('programSignedAt'),
    reviewedAt: farNodes('programReviewedAt'),
    places: farNodes('programPlaces'),
    models: farNodes('programModels'),
  },
};
