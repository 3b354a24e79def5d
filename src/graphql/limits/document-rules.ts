/**
 * Limits read off the document alone, enforced as validation rules. Each throws on the operation's
 * first visit, before graphql's own rules walk the selections (some of which grow with the square
 * of the fields, which is what an abusive document is after).
 */
import {
  Kind,
  visit,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { figure, limitError } from './limit-error.js';

/** The fragments an operation uses, directly or through other fragments, each once. */
function usedFragments(operation: OperationDefinitionNode, context: ValidationContext) {
  const found = new Map<string, FragmentDefinitionNode>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  while (pending.length) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || found.has(name)) return;
        found.set(name, fragment);
        pending.push(fragment.selectionSet);
      },
    });
  }
  return [...found.values()];
}

/**
 * How deep fields nest, fragments flattened (a fragment cycle counts once, graphql refuses it).
 * Introspection (`__schema`, `__type`) is not counted: GraphiQL's and codegen's standard query
 * nests `ofType` fifteen deep, and its size is fixed by the schema, not by the client.
 */
export function selectionDepth(
  set: SelectionSetNode,
  context: ValidationContext,
  inside = new Set<string>(),
): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
      deepest = Math.max(
        deepest,
        1 + (selection.selectionSet ? selectionDepth(selection.selectionSet, context, inside) : 0),
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, context, inside));
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || inside.has(name)) continue;
      inside.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, context, inside));
      inside.delete(name);
    }
  }
  return deepest;
}

export function maxDepthRule(maximum: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const found = selectionDepth(operation.selectionSet, context);
      if (found > maximum) {
        throw limitError(
          'depth',
          `Depth limit: fields nest ${found} levels deep, the maximum is ${maximum}.`,
          { found, maximum },
          [operation],
        );
      }
    },
  });
}

/** Counts nodes of one kind in an operation and the fragments it uses. */
function countIn(
  operation: OperationDefinitionNode,
  context: ValidationContext,
  count: (node: object) => number,
) {
  let total = 0;
  for (const root of [operation, ...usedFragments(operation, context)]) {
    visit(root, {
      enter(node) {
        total += count(node);
      },
    });
  }
  return total;
}

export function maxAliasesRule(maximum: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const found = countIn(operation, context, (node) =>
        (node as { kind: string }).kind === Kind.FIELD && (node as { alias?: unknown }).alias ? 1 : 0,
      );
      if (found > maximum) {
        throw limitError(
          'aliases',
          `Aliases limit: the query uses ${figure(found)} aliases, the maximum is ${maximum}.`,
          {
            found,
            maximum,
          },
          [operation],
        );
      }
    },
  });
}

export function maxDirectivesRule(maximum: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const found = countIn(operation, context, (node) =>
        (node as { kind: string }).kind === Kind.DIRECTIVE ? 1 : 0,
      );
      if (found > maximum) {
        throw limitError(
          'directives',
          `Directives limit: the query uses ${figure(found)} directives, the maximum is ${maximum}.`,
          { found, maximum },
          [operation],
        );
      }
    },
  });
}

/**
 * A literal page size above the maximum is refused here, so `first: 1000000` costs nothing.
 * (Sizes passed in variables are checked when the field resolves.)
 */
export function maxPageSizeRule(maximum: number): ValidationRule {
  return () => ({
    OperationDefinition(operation) {
      visit(operation, {
        Argument(node) {
          if (node.name.value !== 'first' || node.value.kind !== Kind.INT) return;
          const found = Number(node.value.value);
          if (found > maximum) {
            throw limitError(
              'pageSize',
              `Page size limit: "first" is ${found}, the maximum is ${maximum}.`,
              {
                found,
                maximum,
                argumentName: 'first',
              },
              [node],
            );
          }
        },
      });
    },
  });
}
