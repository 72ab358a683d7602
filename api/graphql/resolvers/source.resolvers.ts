import { reads } from '../field-reads.js';
import type { EntityRow } from '../parent-rows.js';
import type { Resolvers } from '../resolver-types.generated.js';
import { dayDate, entityFields, partialDate } from './fields.js';
import { farNode, farNodes } from './related-fields.js';

/** Resolvers of sources (articles, legal texts), documents and awards: read arguments, call loaders, shape results. */
export const sourceResolvers: Resolvers = {
  Source: {
    ...entityFields,
    // A source is its own authority: it cites nothing and is never inferred.
    sources: reads([], () => []),
    inferred: reads([], () => false),
    inferenceNote: reads([], () => null),
    // A source stores its title only (api/write/entity-specs.ts): its name is its title.
    name: reads(['title'], (row: EntityRow) => row.title ?? row.id),
    title: reads(['title'], (row: EntityRow) => row.title ?? row.id),
    publisher: reads(['publisher'], (row: EntityRow) => row.publisher ?? null),
    publishedBy: farNode('sourcePublishers'),
    author: reads(['author'], (row: EntityRow) => row.author ?? null),
    authors: farNodes('sourceAuthors'),
    publishedAt: reads(['publishedAt', 'publishedAtPrecision'], (row: EntityRow) => dayDate(row, 'publishedAt')),
    publishedAtPartial: reads(['publishedAt', 'publishedAtPrecision', 'publishedAtFrom', 'publishedAtTo'], (row: EntityRow) => partialDate(row, 'publishedAt')),
    pageDate: reads(['pageDate', 'pageDatePrecision'], (row: EntityRow) => dayDate(row, 'pageDate')),
    pageDatePartial: reads(['pageDate', 'pageDatePrecision', 'pageDateFrom', 'pageDateTo'], (row: EntityRow) => partialDate(row, 'pageDate')),
    file: reads(['file'], (row: EntityRow) => row.file ?? null),
    url: reads(['url'], (row: EntityRow) => (typeof row.url === 'string' ? row.url : null)),
    originNote: reads(['originNote'], (row: EntityRow) => (typeof row.originNote === 'string' ? row.originNote : null)),
    // The text is left out of every other read of a Source (api/db/read-projection.ts): read here, for the sources of one level at once.
    text: reads([], async (row: EntityRow, _args, context) => {
      const found = await context.loaders.nodeWith(['text']).load({ label: 'Source', id: row.id });
      return typeof found?.text === 'string' ? found.text : null;
    }),
  },
  Document: {
    ...entityFields,
    number: reads(['number'], (row: EntityRow) => row.number ?? null),
    issuedAt: reads(['issuedAt', 'issuedAtPrecision'], (row: EntityRow) => dayDate(row, 'issuedAt')),
    issuedAtPartial: reads(['issuedAt', 'issuedAtPrecision', 'issuedAtFrom', 'issuedAtTo'], (row: EntityRow) => partialDate(row, 'issuedAt')),
    issuedBy: farNodes('documentIssuers'),
    about: farNodes('documentAbout'),
    campaigns: farNodes('documentCampaigns'),
  },
  Award: {
    ...entityFields,
    collectives: reads(['collectives'], (row: EntityRow) => row.collectives ?? null),
    individuals: reads(['individuals'], (row: EntityRow) => row.individuals ?? null),
    grantedBy: farNodes('awardGrantedBy'),
    awardedAt: farNode('awardEvent'),
    awardedFor: farNodes('awardCampaigns'),
    presentedBy: farNodes('awardPresentedBy'),
  },
};
