import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, Kind, visit, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from './pagination.js';

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

/**
 * The limits as envelop plugins, cheapest and most specific first: the first limit a document
 * breaks is the one its error names (a depth-30 query is refused for its depth, not its cost).
 */
export function limitPlugins(): Plugin[] {
  // Each limit throws its error (Armor's way): validation stops at the first limit broken.
  return [
    pageSizePlugin,
    maxTokensPlugin({ n: QUERY_LIMITS.maxTokens }),
    // Armor lets aliased __typename through by default; 500 of them are abuse all the same.
    maxAliasesPlugin({ n: QUERY_LIMITS.maxAliases, allowList: [] }),
    maxDirectivesPlugin({ n: QUERY_LIMITS.maxDirectives }),
    maxDepthPlugin({ n: QUERY_LIMITS.maxDepth, flattenFragments: true }),
    costLimitPlugin({ maxCost: QUERY_LIMITS.maxCost }),
  ] as Plugin[];
}

/**
 * A literal page size above the maximum is refused during validation, like the other limits, so
 * `first: 1000000` costs nothing. (Sizes passed in variables are checked when the field resolves.)
 */
export const maxPageSizeRule: ValidationRule = () => ({
  // Checked when the operation is entered, before the other limits' checks, which also run there.
  OperationDefinition(operation) {
    visit(operation, {
      Argument(node) {
        if (node.name.value !== 'first' || node.value.kind !== Kind.INT) return;
        const value = Number(node.value.value);
        if (value > MAX_PAGE_SIZE) {
          throw new GraphQLError(`Page size limit: "first" is ${value}, the maximum is ${MAX_PAGE_SIZE}.`, {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT', limit: 'pageSize', maximum: MAX_PAGE_SIZE },
          });
        }
      },
    });
  },
});

const pageSizePlugin: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(maxPageSizeRule);
  },
};
