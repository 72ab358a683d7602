/**
 * A statement that comes in variants (a projection, a level of detail), each
 * built once on first use and kept: the variants differ by choices the code
 * makes from its own lists, never by request text, so there are few of them
 * and Neo4j plans each once.
 */
export function statementVariants<V>(keyOf: (variant: V) => string, build: (variant: V) => string): (variant: V) => string {
  const built = new Map<string, string>();
  return (variant) => {
    const key = keyOf(variant);
    let statement = built.get(key);
    if (statement === undefined) built.set(key, (statement = build(variant)));
    return statement;
  };
}
