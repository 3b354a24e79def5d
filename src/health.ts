/**
 * GET /health answers 200 only while the store answers a tiny read, else 503 within 2 s (Neo4j
 * stopped, unreachable or hung): load balancers take the server out, and put it back once Neo4j is.
 * A stopped graph database also reaches GraphQL clients as one plain error instead of
 * "Unexpected error.".
 */
import { GraphQLError } from 'graphql';
import {
  maskError as yogaMaskError,
  useReadinessCheck,
  type Plugin,
  type YogaServerOptions,
} from 'graphql-yoga';
import { StoreUnavailableError } from './store/errors.js';
import type { GraphStore } from './store/graph-store.js';

const HEALTH_TIMEOUT_MS = 1_500;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function healthPlugin(store: GraphStore): Plugin {
  return useReadinessCheck({
    endpoint: '/health',
    async check({ fetchAPI }) {
      const answer = (status: number, body: object) =>
        new fetchAPI.Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        });
      try {
        await within(store.version(), HEALTH_TIMEOUT_MS);
        return answer(200, { status: 'ok', store: store.kind });
      } catch {
        return answer(503, {
          status: 'unavailable',
          store: store.kind,
          message: new StoreUnavailableError().message,
        });
      }
    },
  });
}

type MaskError = NonNullable<Extract<YogaServerOptions<object, object>['maskedErrors'], object>['maskError']>;

/** Yoga's masking, except that "the graph database is unavailable" is said as it is. */
export const maskError: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof StoreUnavailableError) {
    return new GraphQLError(original.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'STORE_UNAVAILABLE' },
    });
  }
  return yogaMaskError(error, message, isDev);
};
