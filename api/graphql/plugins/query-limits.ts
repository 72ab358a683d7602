import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions } from 'graphql';

/**
 * Limits every operation must pass before it runs. Sized so that the contract
 * operations (the deepest is PersonTimeline: node → roles → observations →
 * source → field, 5 levels) pass with room to spare, while alias bombs and
 * deeply nested or enormous documents are refused before any Cypher runs.
 * Page sizes (≤ 100) are enforced by the resolvers, depth of graph walks
 * (≤ 3 hops) by their arguments.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3_000,
  maxCost: 20_000,
} as const;

/**
 * The token limit is graphql-js's own (`maxLexicalTokens`), applied by the one
 * parse Apollo makes of a document it has not seen: a refusal is then a syntax
 * error, which Apollo answers 400 GRAPHQL_PARSE_FAILED. GraphQL Armor's token
 * plugin parsed every new document a second time, through a proxied lexer, and
 * threw from a plugin hook, which Apollo answers 500 (decision 014). Depth,
 * aliases, directives and cost stay Armor's validation rules (400
 * GRAPHQL_VALIDATION_FAILED).
 */
export function queryLimits(development: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
    // Suggestions ("did you mean …") help developers and map the schema for attackers.
    blockFieldSuggestion: { enabled: !development },
  }).protect();
  const parseOptions: ParseOptions = { maxLexicalTokens: QUERY_LIMITS.maxTokens };
  return { ...armor, parseOptions };
}

// graphql-js words its refusal "Document contains more that N tokens. Parsing aborted." (sic).
const TOKEN_LIMIT_REFUSAL = /^Syntax Error: Document contains more th\w+ (\d+) tokens/;

/** The token limit's refusal in plain words, or null for any other message. */
export function tokenLimitMessage(message: string): string | null {
  const limit = TOKEN_LIMIT_REFUSAL.exec(message)?.[1];
  return limit === undefined ? null : `Syntax Error: the document has more than ${limit} tokens, the most one request may send.`;
}
