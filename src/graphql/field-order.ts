import { execute, GraphQLError, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A request error (bad variables, no such operation) is answered before anything runs, with errors
 * and no `data`: HTTP 400 under the GraphQL-over-HTTP specification, as yoga's executor marks it.
 */
function asRequestError(result: ExecutionResult): ExecutionResult {
  if ('data' in result || !result.errors) return result;
  return {
    errors: result.errors.map(
      (error) =>
        new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          path: error.path,
          originalError: error.originalError,
          extensions: { ...error.extensions, http: { ...(error.extensions.http as object), status: 400 } },
        }),
    ),
  };
}

/**
 * Executes operations with graphql-js's own `execute`, which builds every object with its keys
 * in the order the query selects them. yoga's default executor assigns each key when its resolver
 * settles, so the same request could answer `{"b":…,"a":…}` one time and `{"a":…,"b":…}` the next:
 * clients diffing or caching responses as text, and the two engines' parity tests, need one order.
 * Subscription events are executed the same way, by graphql-js's `subscribe`.
 */
export function fieldOrderPlugin(): Plugin {
  const orderedExecute = (args: ExecutionArgs) => {
    const result = execute(args);
    // graphql-js refuses a request synchronously; a running operation is a promise.
    return result instanceof Promise ? result : asRequestError(result);
  };
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(orderedExecute);
    },
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe);
    },
  };
}
