import type { Typename } from '../api/types.js';

/**
 * Everything the explorer knows about a kind of entity: its EntityKind for
 * the API, the path segment of its pages, its Vietnamese name and its colour
 * in the graph views (chosen to stay distinguishable for common colour blindness).
 */
export interface KindInfo {
  typename: Typename;
  kind: string;
  path: string;
  label: string;
  /** The node colour of the graph views, and the edge of a badge. */
  color: string;
  /** A light tint of `color`: a badge's background, under text of the page's ink colour (contrast above 10:1). */
  tint: string;
}

const KIND_LIST: readonly Omit<KindInfo, 'tint'>[] = [
  { typename: 'Model', kind: 'MODEL', path: 'model', label: 'Mô hình', color: '#d55e00' },
  { typename: 'Person', kind: 'PERSON', path: 'person', label: 'Nhân vật', color: '#0072b2' },
  { typename: 'Organization', kind: 'ORGANIZATION', path: 'organization', label: 'Tổ chức', color: '#009e73' },
  { typename: 'Event', kind: 'EVENT', path: 'event', label: 'Sự kiện', color: '#cc79a7' },
  { typename: 'Program', kind: 'PROGRAM', path: 'program', label: 'Chương trình', color: '#e69f00' },
  { typename: 'Campaign', kind: 'CAMPAIGN', path: 'campaign', label: 'Phong trào', color: '#8c564b' },
  { typename: 'Place', kind: 'PLACE', path: 'place', label: 'Địa danh', color: '#56b4e9' },
  { typename: 'Document', kind: 'DOCUMENT', path: 'document', label: 'Văn bản', color: '#6a3d9a' },
  { typename: 'Award', kind: 'AWARD', path: 'award', label: 'Khen thưởng', color: '#b8a100' },
  { typename: 'Source', kind: 'SOURCE', path: 'source', label: 'Nguồn tin', color: '#7f7f7f' },
];

/** `color` mixed with white: 82 % white keeps the hue recognisable and dark text legible. */
function tintOf(color: string): string {
  const channel = (i: number) => Math.round(parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16) * 0.18 + 255 * 0.82);
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

export const KINDS: readonly KindInfo[] = KIND_LIST.map((k) => ({ ...k, tint: tintOf(k.color) }));

const byTypename = new Map(KINDS.map((k) => [k.typename, k]));
const byPath = new Map(KINDS.map((k) => [k.path, k]));

export function kindOf(typename: string): KindInfo {
  return byTypename.get(typename as Typename) ?? KINDS[KINDS.length - 1]!;
}

export function kindByPath(path: string): KindInfo | undefined {
  return byPath.get(path);
}

/** The URL of an entity's page: the kind is in the path so the page asks only for that kind's fields. */
export function entityUrl(typename: string, id: string): string {
  return `/${kindOf(typename).path}/${encodeURIComponent(id)}`;
}

export const KIND_PATHS = KINDS.map((k) => k.path).join('|');
