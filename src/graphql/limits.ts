import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';

/**
 * Limits on abusive documents, enforced during validation, so that a refused query costs no store
 * call. Each refusal names the limit it hit. Sized so that every example operation and any sensible
 * client query fits with room to spare.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 20,
  // Armor's cost grows with depth (objects × 1.5^depth): a legitimate six-level query with lists
  // costs about 35,000; a depth-12, 30-alias abuse costs far more.
  maxCost: 60_000,
} as const;

export function armorPlugin() {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    // Field suggestions ("did you mean …") stay on: the schema is public and they help GraphiQL users.
    blockFieldSuggestion: { enabled: false },
  });
}
