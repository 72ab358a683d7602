import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits every operation must pass before it runs, checked by GraphQL Armor
 * during validation. Sized so that the contract operations (the deepest is
 * PersonTimeline: node → roles → observations → source → field, 5 levels)
 * pass with room to spare, while alias bombs and deeply nested or enormous
 * documents are refused before any Cypher runs. Page sizes (≤ 100) are
 * enforced by the resolvers, depth of graph walks (≤ 3 hops) by their arguments.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3_000,
  maxCost: 20_000,
} as const;

export function queryLimits(development: boolean) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
    // Suggestions ("did you mean …") help developers and map the schema for attackers.
    blockFieldSuggestion: { enabled: !development },
  }).protect();
}
