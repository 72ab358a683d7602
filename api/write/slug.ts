import { createHash } from 'node:crypto';
import { foldVietnamese } from '../../model/text.js';

const MAX_BODY = 80;

/**
 * The id an entity gets when the client gives none: the kind's prefix and the
 * folded name ("Hội quán" → `mdl-hoi-quan`). Deterministic, so the same create
 * sent twice (or twenty times at once) names one node; two different entities
 * with the same name need client-given ids to stay apart. Null when the name
 * has no ASCII letter or digit left once folded.
 */
export function slugFromName(prefix: string, name: string): string | null {
  const body = foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (body.length === 0) return null;
  if (body.length <= MAX_BODY) return prefix + body;
  const cut = body.slice(0, MAX_BODY);
  return prefix + (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut);
}

/**
 * The id of a fact (an observation, a participation, a relationship) from what
 * identifies it: the same statement recorded twice is one fact, cited by both
 * sources. A hash keeps ids short whatever the titles.
 */
export function factId(prefix: string, parts: readonly (string | null | undefined)[]): string {
  const digest = createHash('sha256').update(parts.map((p) => p ?? '').join('\u0000'), 'utf8').digest('hex');
  return `${prefix}${digest.slice(0, 16)}`;
}
