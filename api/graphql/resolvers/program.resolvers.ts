import { reads } from '../field-reads.js';
import { fromGlobalId } from '../global-id.js';
import type { EntityRow } from '../parent-rows.js';
import type { Resolvers } from '../resolver-types.generated.js';
import { entityFields } from './fields.js';
import { pagedConnection } from './paged-connection.js';
import { placeScope, throughField } from './place-scope-fields.js';
import { farNode, farNodes } from './related-fields.js';

/** Resolvers of the program domain: read arguments, call loaders, shape results. */
export const programResolvers: Resolvers = {
  ProgramEdge: { through: throughField },
  Query: {
    programs: (_root, args, context) => {
      const input = args.filter ?? {};
      const filter = {
        text: input.text,
        partyId: input.party ? fromGlobalId(input.party, 'filter.party', ['Organization']).id : null,
        activeIn: input.activeIn,
        placeId: input.place ? fromGlobalId(input.place, 'filter.place', ['Place']).id : null,
        kinds: input.kinds,
        followSuccession: input.followSuccession ?? true,
      };
      const scope = placeScope('Program', filter.placeId, true, filter.followSuccession);
      return pagedConnection(args, (window) => context.loaders.programs.pages.load({ order: args.orderBy ?? 'DATE_DESC', query: { filter, ...window } }), scope);
    },
  },
  Program: {
    ...entityFields,
    startYear: reads(['startYear'], (row: EntityRow) => row.startYear ?? null),
    endYear: reads(['endYear'], (row: EntityRow) => row.endYear ?? null),
    parties: farNodes('programParties'),
    signedAt: farNode('programSignedAt'),
    reviewedAt: farNodes('programReviewedAt'),
    places: farNodes('programPlaces'),
    models: farNodes('programModels'),
  },
};
