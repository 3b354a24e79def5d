/**
 * Responses list fields in the order the query asks for them (as the GraphQL spec orders them).
 * The executor yoga runs sets each field when its value resolves, so without this the order of a
 * response follows resolver timing: the same query could answer with its fields in another order
 * on another engine or under load.
 */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';

type Fragments = Map<string, FragmentDefinitionNode>;

/** Response keys of a selection set in first-appearance order, fragments flattened in place. */
function responseKeys(
  set: SelectionSetNode,
  fragments: Fragments,
  out = new Map<string, SelectionSetNode[]>(),
) {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const sets = out.get(key) ?? [];
      if (selection.selectionSet) sets.push(selection.selectionSet);
      out.set(key, sets);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      responseKeys(selection.selectionSet, fragments, out);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) responseKeys(fragment.selectionSet, fragments, out);
    }
  }
  return out;
}

function reorder(value: unknown, sets: SelectionSetNode[], fragments: Fragments): unknown {
  if (Array.isArray(value)) return value.map((item) => reorder(item, sets, fragments));
  if (value === null || typeof value !== 'object' || !sets.length) return value;
  const keys = new Map<string, SelectionSetNode[]>();
  for (const set of sets) {
    for (const [key, inner] of responseKeys(set, fragments))
      keys.set(key, [...(keys.get(key) ?? []), ...inner]);
  }
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of keys) if (key in source) out[key] = reorder(source[key], inner, fragments);
  // Anything the walk did not name stays, after: reordering must never drop data.
  for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key];
  return out;
}

export function orderedData(data: unknown, document: DocumentNode, operationName?: string | null): unknown {
  const fragments: Fragments = new Map();
  const operations = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  return operation ? reorder(data, [operation.selectionSet], fragments) : data;
}

export function fieldOrderPlugin(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (result.data) {
              setResult({
                ...result,
                data: orderedData(result.data, args.document, args.operationName) as typeof result.data,
              });
            }
          });
        },
      };
    },
    onSubscribe({ args }) {
      return {
        onSubscribeResult(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (result.data) {
              setResult({
                ...result,
                data: orderedData(result.data, args.document, args.operationName) as typeof result.data,
              });
            }
          });
        },
      };
    },
  };
}
