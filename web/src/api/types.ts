/** Shapes of the API's answers that several pages share. */

export type Typename = 'Person' | 'Organization' | 'Event' | 'Program' | 'Model' | 'Campaign' | 'Place' | 'Source' | 'Document' | 'Award';

export interface EntityRef {
  __typename: Typename;
  id: string;
  name: string;
}

/** A reference whose kind the query already fixes (`organizers { id name }`). */
export interface Ref {
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
  publishedBy: Ref | null;
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
