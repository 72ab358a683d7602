import type { OrgLevel, OrgLine, PlaceKind } from '../vocab/types.js';

/**
 * An organisation as one mention writes it, before the article's context
 * fills in what it leaves out ("UBND tỉnh": which province?).
 */
export interface OrgMention {
  kind: string | null;
  line: OrgLine | null;
  level: OrgLevel | null;
  /** The name without its place: "Ủy ban nhân dân tỉnh", "Ban Dân vận Huyện ủy", "Chính phủ". */
  baseName: string;
  /** The place the mention names, or that resolution gave it. */
  place: { name: string; kind: PlaceKind } | null;
  /** The level asks for a place the mention does not name. */
  needsPlace: boolean;
  /** Set when the place came from the article's context rather than the mention. */
  placeInferred?: string;
  /** The body it belongs to or sits in (a board's committee, a civil-affairs committee's State body). */
  parent: OrgMention | null;
  /** How the parent is joined into the name: "Ban Dân vận" + " " + parent, or the office's "tại". */
  join: 'prefix' | 'office' | 'none';
  start: number;
  end: number;
  /** Token index after the mention. */
  next: number;
}

/** The name a proposed organisation gets: the registry's style, "Ủy ban nhân dân tỉnh Đồng Tháp". */
export function orgName(org: OrgMention): string {
  if (org.join === 'prefix' && org.parent) return `${org.baseName} ${orgName(org.parent)}`;
  if (org.join === 'office' && org.parent) return `${org.baseName} ${orgName(org.parent)}${org.place ? ` tại ${org.place.name}` : ''}`;
  if (!org.place) return org.baseName;
  // "Ủy ban nhân dân thành phố" + "Thành phố Hồ Chí Minh": the level word is already in the place's name.
  const level = /\s(thành phố|tỉnh)$/u.exec(org.baseName)?.[1];
  if (level && org.place.name.toLowerCase().startsWith(`${level} `)) return `${org.baseName.slice(0, -level.length - 1)} ${org.place.name}`;
  return `${org.baseName} ${org.place.name}`;
}

/** The mention's own place, or its parent's. */
export function orgPlace(org: OrgMention): { name: string; kind: PlaceKind } | null {
  if (org.join === 'office') return org.place;
  return org.place ?? (org.parent ? orgPlace(org.parent) : null);
}

/** Whether the mention (or the body it sits in) still lacks the place its level asks for. */
export function orgNeedsPlace(org: OrgMention): boolean {
  if (org.join === 'prefix' && org.parent) return orgNeedsPlace(org.parent);
  return org.needsPlace && org.place === null;
}

/** The mention whose place is the one the name ends with. */
export function placeHolder(org: OrgMention): OrgMention {
  return org.join === 'prefix' && org.parent ? placeHolder(org.parent) : org;
}
