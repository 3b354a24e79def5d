/**
 * npm run soak [-- --seconds 60 --connections 64 --articles 2000]: a mix of the realistic queries
 * against the real server for a minute; reports errors (must be 0) and RSS at start and end.
 * The response cache is off, so that every request really runs its resolvers and store queries.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract, parseCorpus } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { generateCorpus } from './corpus-generator.js';
import { ask, load, rssOf, startServer } from './measure.js';
import { benchQueries } from './queries.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    articles: { type: 'string', default: '2000' },
  },
});
const work = await mkdtemp(join(tmpdir(), 'kg-soak-'));
const store = await openStore({ KG_DATA_DIR: work });
await store.replace(
  extract(parseCorpus(generateCorpus(Number(values.articles), 3).join('\n\n\n'), 'soak.txt').articles),
);
await store.close();

const server = await startServer(work, { RESPONSE_CACHE: '0' });
try {
  const data = await ask(
    server.url,
    `{ countries(first: 1) { edges { node { name } } } people(first: 100) { edges { node { id aliases { name } } } } }`,
  );
  const people = data.people.edges.map((e: any) => ({
    ...e.node,
    aliases: e.node.aliases.map((a: { name: string }) => a.name),
  }));
  const person = people.find((p: any) => p.aliases.length) ?? people[0];
  const queries = benchQueries({
    country: data.countries.edges[0].node.name,
    surname: person.aliases[0] ?? person.name.toLowerCase(),
    personId: person.id,
    words: 'patience limits',
  });
  const start = rssOf(server.child.pid!);
  const result = await load(server.url, queries, Number(values.seconds), Number(values.connections), 'mix');
  const end = rssOf(server.child.pid!);
  const errors = result.errors + result.non2xx;
  console.log(
    `soak: ${values.seconds} s at ${values.connections} connections, ${result.requests} requests (${Math.round(result.rps)} req/s), ` +
      `p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${errors}; RSS ${start.rss.toFixed(0)} MiB at start, ` +
      `${end.rss.toFixed(0)} MiB at end (peak ${end.peak.toFixed(0)} MiB)`,
  );
  process.exitCode = errors === 0 ? 0 : 1;
} finally {
  await server.stop();
  await rm(work, { recursive: true, force: true });
}
