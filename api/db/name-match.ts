import { folded } from './place/place-scope.js';

/**
 * True when the node's name or one of its aliases contains every word of
 * `q.words` (folded: case and diacritics ignored), or when `q.words` is null.
 * The stored `searchText` (name, aliases and description, folded) screens the
 * candidates cheaply first; the name test then keeps a description that merely
 * mentions the words ("… của Tỉnh ủy Đồng Tháp") from matching.
 */
export function nameMatches(node: string): string {
  return `(q.words IS NULL OR (all(w IN q.words WHERE ${node}.searchText CONTAINS w)
      AND any(name IN [${node}.name] + coalesce(${node}.aliases, []) WHERE all(w IN q.words WHERE ${folded('name')} CONTAINS w))))`;
}
