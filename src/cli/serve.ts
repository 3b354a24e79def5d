import type { AppConfig } from '../config.js';
import { ExtractionThread } from '../live/extraction-thread.js';
import { createLiveFeed } from '../live/feed.js';
import { createApp, listen } from '../server.js';
import type { GraphStore } from '../store/graph-store.js';
import { seed } from './seed.js';
import { dataDirOf, newLocalToken, removeServerRecord, writeServerRecord } from './server-record.js';

/** Seed the store if it is empty, then serve until SIGINT/SIGTERM, finishing in-flight requests. */
export async function serveCommand(store: GraphStore, config: AppConfig): Promise<void> {
  if (await store.isEmpty()) {
    process.stderr.write('the store is empty: seeding it first\n');
    await seed(store, config.seedPath);
  }
  // `npm run ingest` beside this server hands its articles over with this token (see server-record.ts).
  const localToken = newLocalToken();
  const live = createLiveFeed();
  const extractionThread = new ExtractionThread();
  const app = createApp(store, {
    live,
    extractionThread,
    graphiql: config.graphiql,
    introspection: config.introspection,
    corsOrigins: config.corsOrigins,
    responseCacheEntries: config.responseCacheEntries,
    ingest: { token: config.ingestToken, localToken, maxBytes: config.ingestMaxBytes },
  });
  const server = await listen(app, config.port, config.host);
  // Listening for the signals before saying we serve: a client told we serve may stop us at once.
  const stopped = new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      process.stderr.write(`${signal}: finishing in-flight requests\n`);
      // Subscriptions never end by themselves: end them, so that their connections close too.
      live.close();
      server.close(() => resolve());
      // Idle keep-alive sockets would otherwise hold close() open.
      server.closeIdleConnections();
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stderr.write(`serving GraphQL on http://localhost:${port}/graphql (${store.kind} store)\n`);
  if (config.ingestToken) process.stderr.write(`POST /ingest is open to bearers of KG_INGEST_TOKEN\n`);
  const dataDir = dataDirOf();
  const anyAddress = !config.host || config.host === '0.0.0.0' || config.host === '::';
  const loopback = anyAddress ? '127.0.0.1' : config.host!;
  const url = `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}`;
  const record = { pid: process.pid, url, token: localToken, startedAt: new Date().toISOString() };
  await writeServerRecord(dataDir, record).catch((error: Error) =>
    process.stderr.write(`npm run ingest will not find this server: ${error.message}\n`),
  );

  await stopped;
  await removeServerRecord(dataDir, localToken);
  await extractionThread.close();
}
