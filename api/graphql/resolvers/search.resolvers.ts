import { labelsOfKinds } from '../../db/graph/entity-kinds.js';
import { searchTerms } from '../../db/search/fulltext-query.js';
import { badUserInput } from '../errors.js';
import { pageWindow, toConnection } from '../pagination.js';
import type { Resolvers } from './types.js';

interface SearchArgs {
  query: string;
  kinds?: string[] | null;
  first?: number | null;
  after?: string | null;
}

/** Resolvers of the search domain: read arguments, call loaders, shape results. */
export const searchResolvers: Resolvers = {
  Query: {
    search: async (_root, args: SearchArgs, context) => {
      if (args.query.trim().length === 0) throw badUserInput('query must not be blank', 'query');
      const window = pageWindow({ first: args.first, after: args.after });
      const terms = searchTerms(args.query);
      // Text with no letter or digit (only punctuation) matches nothing rather than failing.
      const page = terms ? await context.loaders.search.pages.load({ terms, labels: labelsOfKinds(args.kinds), ...window }) : { total: 0, hits: [] };
      // The page's nodes, in one statement; a hit deleted since the search drops out of the page.
      const nodes = await context.loaders.node.loadMany(page.hits.map((h) => ({ label: h.label, id: h.id })));
      const found = page.hits.flatMap((hit, i) => {
        const node = nodes[i];
        return node && !(node instanceof Error) ? [{ node, score: hit.score }] : [];
      });
      const connection = toConnection(found, window, page.total);
      return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, score: e.node.score, node: e.node.node })) };
    },
  },
};
