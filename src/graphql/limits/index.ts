import type { ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from '../pagination.js';
import { costLimitPlugin } from './cost-limit.js';
import { maxAliasesRule, maxDepthRule, maxDirectivesRule, maxPageSizeRule } from './document-rules.js';
import { tokenLimitPlugin } from './token-limit.js';

/**
 * Limits on abusive documents. Each refusal names its limit, the figure found and the maximum, and
 * comes before any store call. Sized so that every example operation and sensible analyst queries
 * fit with room to spare (tests/graphql/limits.test.ts holds both sides).
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 20,
  /**
   * Estimated objects returned plus store calls (see query-cost.ts). An analyst's 50 people with
   * 20 statements each, their subjects and articles, costs about 8,750; a 100 × 100 × 100 nest
   * costs millions. 50,000 objects take about 0.2 s to resolve and serialize.
   */
  maxCost: 50_000,
  // Measured on the embedded store: a batched store call takes 0.5 to 0.9 ms, an object about 4 µs.
  costWeights: { storeCall: 150, unboundedList: 5, edgesPerNode: 3 },
} as const;

function validationRules(rules: ValidationRule[]): Plugin {
  return {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}

/**
 * The limits as envelop plugins, cheapest first: tokens before parsing; page size, aliases,
 * directives and depth in validation, where the first limit broken stops it (a depth-30 query is
 * refused for its depth, not its cost); cost when the variables are known, before execution.
 */
export function limitPlugins(): Plugin[] {
  return [
    tokenLimitPlugin(QUERY_LIMITS.maxTokens),
    validationRules([
      maxPageSizeRule(MAX_PAGE_SIZE),
      maxAliasesRule(QUERY_LIMITS.maxAliases),
      maxDirectivesRule(QUERY_LIMITS.maxDirectives),
      maxDepthRule(QUERY_LIMITS.maxDepth),
    ]),
    costLimitPlugin(QUERY_LIMITS.maxCost, QUERY_LIMITS.costWeights),
  ];
}
