/** Shapes of the API's answers that several pages share. */
import type { Dated } from '../ui/names.js';

export type Typename = 'Person' | 'Organization' | 'Event' | 'Program' | 'Model' | 'Campaign' | 'Place' | 'Source' | 'Document' | 'Award';

/** A reference to an entity; places and organisations carry what their period is derived from (api/fragments.ts). */
export interface EntityRef extends Dated {
  __typename: Typename;
  id: string;
  name: string;
}

/** A reference whose kind the query already fixes (`organizers { id name }`). */
export interface Ref extends Dated {
  id: string;
  name: string;
}

export interface PartialDate {
  text: string;
  precision?: 'YEAR' | 'MONTH' | 'DAY';
  from?: string;
  to?: string;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  publishedAtPartial: PartialDate | null;
  /** The date the page shows when it is not the publication date. */
  pageDatePartial?: PartialDate | null;
  publishedBy: Ref | null;
  /** Where the article was published, when it was found (never guessed). */
  url?: string | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  label: string | null;
}

/** A fact's source as the fact's query selects it; the details come from `fetchSources`. */
export interface SourceId {
  id: string;
}
