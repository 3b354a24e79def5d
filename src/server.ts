import { createServer, type Server } from 'node:http';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { argumentErrorsPlugin } from './graphql/argument-errors.js';
import { createContext } from './graphql/context.js';
import { explorerPlugin } from './explorer/assets.js';
import { exportPlugin } from './export/routes.js';
import { fieldOrderPlugin } from './graphql/field-order.js';
import { healthPlugin, maskError } from './health.js';
import { graphiqlAssetsPlugin, renderGraphiQL } from './graphql/graphiql.js';
import { limitPlugins } from './graphql/limits/index.js';
import { responseCachePlugin } from './graphql/response-cache.js';
import { curationSchema, schema } from './graphql/schema.js';
import type { ExtractionThread } from './live/extraction-thread.js';
import { createLiveFeed, type LiveFeed } from './live/feed.js';
import { bearer, ingestPlugin, sameToken, type IngestRouteOptions } from './live/ingest-route.js';
import { IngestService } from './live/ingest-service.js';
import type { GraphStore } from './store/graph-store.js';

export interface ServerOptions {
  /** GraphiQL in the browser at /graphql (on unless switched off). */
  graphiql?: boolean;
  /** Schema introspection (on unless switched off; GraphiQL and codegen need it). */
  introspection?: boolean;
  /** Allowed CORS origins; default any. */
  corsOrigins?: string[];
  /** Cache up to this many query responses, keyed on the graph version; 0 (the default here) = off. */
  responseCacheEntries?: number;
  /** POST /ingest: its tokens and body limit; without a token the route does not exist. */
  ingest?: IngestRouteOptions;
  /** Where subscriptions hear of new articles; one is made when not given. */
  live?: LiveFeed;
  /** Extract posted articles on a thread of their own, so that reads go on meanwhile (the server does). */
  extractionThread?: ExtractionThread;
}

/** Refuses introspection queries during validation, before anything runs. */
const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

/** The whole HTTP application as a fetch handler: usable in-process by tests and benchmarks. */
export function createApp(store: GraphStore, options: ServerOptions = {}) {
  const graphiql = options.graphiql !== false && options.introspection !== false;
  const live = options.live ?? createLiveFeed();
  // Curation exists only where an ingest token is configured, and answers only to a request
  // carrying a token (compared in constant time, every one, and never logged).
  const tokens = options.ingest?.token
    ? [options.ingest.token, options.ingest.localToken].filter((t): t is string => Boolean(t))
    : [];
  const isCurator = (request: Request) => {
    const given = bearer(request.headers.get('authorization'));
    return given !== null && tokens.map((t) => sameToken(given, t)).includes(true);
  };
  return createYoga({
    schema: tokens.length ? curationSchema : schema,
    context: ({ request }) => createContext(store, live, isCurator(request)),
    plugins: [
      healthPlugin(store),
      fieldOrderPlugin(),
      ingestPlugin(new IngestService(store, live, options.extractionThread), options.ingest ?? {}),
      ...limitPlugins(),
      argumentErrorsPlugin(),
      exportPlugin(store),
      explorerPlugin(),
      ...(graphiql ? [graphiqlAssetsPlugin()] : []),
      ...(options.introspection === false ? [noIntrospection] : []),
      ...(options.responseCacheEntries ? [responseCachePlugin(store, options.responseCacheEntries)] : []),
    ],
    cors: { origin: options.corsOrigins ?? ['*'], methods: ['GET', 'POST', 'OPTIONS'] },
    // Unexpected errors reach clients as "Unexpected error." with no internals; GraphQLErrors we
    // throw on purpose (bad arguments, limits, stale cursors) keep their message.
    maskedErrors: { maskError },
    graphqlEndpoint: '/graphql',
    // /health is the store-aware check above; this one only says the process is up.
    healthCheckEndpoint: '/live',
    landingPage: false,
    renderGraphiQL,
    graphiql: !graphiql
      ? false
      : // The examples are the page's menu (graphiql.ts), not one tab each.
        { title: 'News knowledge graph' },
  });
}

export type App = ReturnType<typeof createApp>;

/** Listen on a port; resolves once listening. */
export function listen(app: App, port: number, host?: string): Promise<Server> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
