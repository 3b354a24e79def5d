/**
 * What a query will cost to answer, estimated from the document, the schema and the variables
 * before anything runs. Two kinds of work count:
 *
 * - objects: every object the response may hold, each list multiplied by its size: a
 *   connection's `first` (or its default), a list's `first` or `ids`, a neighbourhood's `limit`,
 *   and for lists with no bound (a statement's `about`) a typical size. Nested lists multiply.
 * - store calls: every field that reads the store. Loaders batch a field over all its parents, so
 *   a field costs one call whatever its multiplier; the weight says how many objects a call is
 *   worth in time.
 *
 * Scalars are free: they ride along with their object. Both branches of @include/@skip count.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface CostWeights {
  /** Objects a store call is worth. */
  storeCall: number;
  /** Assumed length of a list with no size argument (a statement's `about`, an event's places). */
  unboundedList: number;
  /** Edges per node in a drawn graph (`neighborhood`, `path`). */
  edgesPerNode: number;
}

export interface QueryCost {
  cost: number;
  objects: number;
  storeCalls: number;
}

/** Types whose fields are already in memory when the parent resolves: no store call. */
const IN_MEMORY_PARENTS = /(Connection|Edge)$|^(Graph|GraphEdge|PageInfo)$/;

/** The size a field's list children take from it: a connection's page, a graph's node limit. */
function childBound(args: Record<string, unknown>): number | undefined {
  for (const name of ['first', 'limit'] as const) {
    if (typeof args[name] === 'number') return args[name];
  }
  return typeof args.maxHops === 'number' ? args.maxHops + 1 : undefined;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  weights: CostWeights;
  total: QueryCost;
}

function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  walk: Walk,
) {
  try {
    return getArgumentValues(field, node, walk.variables);
  } catch {
    // Bad or missing arguments fail when the field runs, with their own message; until then the
    // field is costed at its defaults.
    return Object.fromEntries(
      field.args.filter((a) => a.defaultValue !== undefined).map((a) => [a.name, a.defaultValue]),
    );
  }
}

function listSize(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  bound: number | undefined,
  weights: CostWeights,
): number {
  if (!isListType(getNullableType(field.type))) return 1;
  if (Array.isArray(args.ids)) return args.ids.length;
  const own = childBound(args);
  if (own !== undefined) return own;
  if (bound !== undefined)
    return parent.name === 'Graph' && field.name === 'edges' ? bound * weights.edgesPerNode : bound;
  return weights.unboundedList;
}

function walkSelections(
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  multiplier: number,
  bound: number | undefined,
  walk: Walk,
  inside: Set<string>,
) {
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typed = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parent;
      if (typed && isCompositeType(typed))
        walkSelections(selection.selectionSet, typed, multiplier, bound, walk, inside);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      const typed = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !typed || !isCompositeType(typed) || inside.has(fragment.name.value)) continue;
      inside.add(fragment.name.value);
      walkSelections(fragment.selectionSet, typed, multiplier, bound, walk, inside);
      inside.delete(fragment.name.value);
      continue;
    }
    if (!selection.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) continue;
    const field = parent.getFields()[selection.name.value];
    const type = field && getNamedType(field.type);
    if (!field || !type || !isCompositeType(type)) continue;
    const args = argumentsOf(field, selection, walk);
    const instances = multiplier * listSize(parent, field, args, bound, walk.weights);
    walk.total.objects += instances;
    if (!IN_MEMORY_PARENTS.test(parent.name)) walk.total.storeCalls += 1;
    const isList = isListType(getNullableType(field.type));
    // A connection or graph hands its size down to its lists; a list's items do not.
    const nextBound = isList
      ? undefined
      : (childBound(args) ?? (IN_MEMORY_PARENTS.test(parent.name) ? bound : undefined));
    walkSelections(selection.selectionSet, type, instances, nextBound, walk, inside);
  }
}

/** The cost of the operation a request runs; null when there is no such operation. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  weights: CostWeights,
): QueryCost | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const walk: Walk = { schema, fragments, variables, weights, total: { cost: 0, objects: 0, storeCalls: 0 } };
  walkSelections(operation.selectionSet, root, 1, undefined, walk, new Set());
  walk.total.cost = walk.total.objects + walk.total.storeCalls * weights.storeCall;
  return walk.total;
}
