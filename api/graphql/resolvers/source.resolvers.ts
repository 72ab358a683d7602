import type { NodeRow } from '../../db/mapping.js';
import { dayDate, entityFields, partialDate } from './fields.js';
import { farNode, farNodes } from './related-fields.js';
import { reads } from '../field-reads.js';
import type { Resolvers } from './types.js';

/** Resolvers of sources (articles, legal texts), documents and awards: read arguments, call loaders, shape results. */
export const sourceResolvers: Resolvers = {
  Source: {
    ...entityFields,
    // A source is its own authority: it cites nothing and is never inferred.
    sources: reads([], () => []),
    inferred: reads([], () => false),
    inferenceNote: reads([], () => null),
    // A source stores its title only (api/write/entity-specs.ts): its name is its title.
    name: reads(['title'], (row: NodeRow) => row.title ?? row.id),
    title: reads(['title'], (row: NodeRow) => row.title ?? row.id),
    publisher: reads(['publisher'], (row: NodeRow) => row.publisher ?? null),
    publishedBy: farNode('sourcePublishers'),
    author: reads(['author'], (row: NodeRow) => row.author ?? null),
    authors: farNodes('sourceAuthors'),
    publishedAt: reads(['publishedAt', 'publishedAtPrecision'], (row: NodeRow) => dayDate(row, 'publishedAt')),
    publishedAtPartial: (row: NodeRow) => partialDate(row, 'publishedAt'),
    pageDate: (row: NodeRow) => dayDate(row, 'pageDate'),
    pageDatePartial: (row: NodeRow) => partialDate(row, 'pageDate'),
    file: (row: NodeRow) => row.file ?? null,
    url: reads(['url'], (row: NodeRow) => row.url ?? null),
    // The text is left out of every other read of a Source (api/db/read-projection.ts): read here, for the sources of one level at once.
    text: reads([], async (row: NodeRow, _args, context) => {
      const found = await context.loaders.nodeWith(['text']).load({ label: 'Source', id: row.id });
      return typeof found?.text === 'string' ? found.text : null;
    }),
  },
  Document: {
    ...entityFields,
    number: (row: NodeRow) => row.number ?? null,
    issuedAt: (row: NodeRow) => dayDate(row, 'issuedAt'),
    issuedAtPartial: (row: NodeRow) => partialDate(row, 'issuedAt'),
    issuedBy: farNodes('documentIssuers'),
    about: farNodes('documentAbout'),
    campaigns: farNodes('documentCampaigns'),
  },
  Award: {
    ...entityFields,
    collectives: (row: NodeRow) => row.collectives ?? null,
    individuals: (row: NodeRow) => row.individuals ?? null,
    grantedBy: farNodes('awardGrantedBy'),
    awardedAt: farNode('awardEvent'),
    awardedFor: farNodes('awardCampaigns'),
    presentedBy: farNodes('awardPresentedBy'),
  },
};
