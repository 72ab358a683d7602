import { BoundedCache } from './bounded-cache.js';

// Far above what the code's choices make (a few dozen variants a statement);
// the bound only keeps a variant keyed by request text from growing forever.
const VARIANTS_KEPT = 500;

/**
 * A statement that comes in variants (a projection, a level of detail), each
 * built once on first use and kept: the variants differ by choices the code
 * makes from its own lists, never by request text, so there are few of them
 * and Neo4j plans each once.
 */
export function statementVariants<V>(keyOf: (variant: V) => string, build: (variant: V) => string): (variant: V) => string {
  const built = new BoundedCache<string, string>(VARIANTS_KEPT);
  return (variant) => {
    const key = keyOf(variant);
    return built.get(key) ?? built.set(key, build(variant));
  };
}
