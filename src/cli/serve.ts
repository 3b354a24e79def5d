import type { AppConfig } from '../config.js';
import { createApp, listen } from '../server.js';
import type { GraphStore } from '../store/graph-store.js';
import { seed } from './seed.js';

/** Seed the store if it is empty, then serve until SIGINT/SIGTERM, finishing in-flight requests. */
export async function serveCommand(store: GraphStore, config: AppConfig): Promise<void> {
  if (await store.isEmpty()) {
    process.stderr.write('the store is empty: seeding it first\n');
    await seed(store, config.seedPath);
  }
  const app = createApp(store, {
    graphiql: config.graphiql,
    introspection: config.introspection,
    corsOrigins: config.corsOrigins,
    responseCacheEntries: config.responseCacheEntries,
  });
  const server = await listen(app, config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stderr.write(`serving GraphQL on http://localhost:${port}/graphql (${store.kind} store)\n`);

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      process.stderr.write(`${signal}: finishing in-flight requests\n`);
      server.close(() => resolve());
      // Idle keep-alive sockets would otherwise hold close() open.
      server.closeIdleConnections();
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
