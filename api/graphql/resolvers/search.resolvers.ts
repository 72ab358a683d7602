import { labelsOfKinds } from '../../../model/entity-kinds.js';
import { searchTerms } from '../../loaders/from-db.js';
import { badUserInput } from '../errors.js';
import { selectedPropertiesOfAny } from '../field-reads.js';
import { pageWindow, toConnection } from '../pagination.js';
import type { Resolvers } from '../resolver-types.generated.js';

/** Resolvers of the search domain: read arguments, call loaders, shape results. */
export const searchResolvers: Resolvers = {
  Query: {
    search: async (_root, args, context, info) => {
      if (args.query.trim().length === 0) throw badUserInput('query must not be blank', 'query');
      const window = pageWindow({ first: args.first, after: args.after });
      const terms = searchTerms(args.query);
      // Text with no letter or digit (only punctuation) matches nothing rather than failing.
      const labels = labelsOfKinds(args.kinds);
      // When the fields asked of the hits read only some properties, only those are read.
      const properties = selectedPropertiesOfAny(info, labels, ['edges', 'node']);
      const page = terms ? await context.loaders.search.pages.load({ terms, labels, ...window, properties }) : { total: 0, hits: [] };
      // Whole nodes go to the node loader, so a field asking for one again reads nothing.
      if (!properties) for (const hit of page.hits) context.loaders.node.prime({ label: hit.label, id: hit.row.id }, hit.row);
      return toConnection(page.hits, window, page.total, (hit) => ({ node: hit.row, score: hit.score }));
    },
  },
};
