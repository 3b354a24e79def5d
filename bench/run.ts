/**
 * npm run bench [-- --quick]: extraction speed, seeding speed at two sizes, HTTP throughput and
 * latency of realistic queries against a `{ __typename }` baseline measured in the same run,
 * store calls per request at page sizes 5/20/100, the server's peak RSS, and scale (bench/scale.ts:
 * a 100k-article seed, incremental ingestion against a full seed, reads during ingestion). Writes
 * bench/results.json and bench/RESULTS.md.
 */
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract, parseCorpus } from '../src/ingest/index.js';
import { createApp } from '../src/server.js';
import { openStore } from '../src/store/index.js';
import { countingStore } from '../tests/support/counting-store.js';
import { generateCorpus } from './corpus-generator.js';
import { ask, load, rssOf, startServer, type LoadResult } from './measure.js';
import { BASELINE, benchQueries, type BenchSubjects } from './queries.js';
import { scaleBench } from './scale.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick!;
const SIZES = quick ? [500, 2000] : [1000, 10000];
const SECONDS = quick ? 4 : 10;
const CONNECTIONS = quick ? 16 : 32;
const log = (line: string) => process.stderr.write(line + '\n');

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
  },
};

// 1. Extraction.
{
  const text = generateCorpus(1000, 7).join('\n\n\n');
  let best = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const { articles } = parseCorpus(text, 'bench.txt');
    extract(articles);
    best = Math.max(best, articles.length / ((performance.now() - started) / 1000));
  }
  results.extraction = { articles: 1000, articlesPerSecond: Math.round(best), target: 200 };
  log(`extraction: ${Math.round(best)} articles/s`);
}

// 2. Seeding the embedded store, at two sizes.
const work = await mkdtemp(join(tmpdir(), 'kg-bench-'));
const seeding: Record<string, unknown>[] = [];
let bigDir = '';
for (const size of SIZES) {
  const dir = join(work, `store-${size}`);
  const { articles } = parseCorpus(generateCorpus(size, 11).join('\n\n\n'), 'bench.txt');
  const startedAll = performance.now();
  const doc = extract(articles);
  const store = await openStore({ KG_DATA_DIR: dir });
  const started = performance.now();
  const counts = await store.replace(doc);
  const loadSeconds = (performance.now() - started) / 1000;
  const totalSeconds = (performance.now() - startedAll) / 1000;
  await store.close();
  const elements = (counts.nodes.Item ?? 0) + Object.values(counts.relationships).reduce((a, b) => a + b, 0);
  seeding.push({
    articles: size,
    elements,
    loadSeconds: +loadSeconds.toFixed(1),
    totalSeconds: +totalSeconds.toFixed(1),
    elementsPerSecond: Math.round(elements / loadSeconds),
  });
  log(
    `seeding ${size} articles: ${elements} elements in ${loadSeconds.toFixed(1)} s load (${totalSeconds.toFixed(1)} s with extraction)`,
  );
  bigDir = dir;
}
results.seeding = { runs: seeding, target: '10k articles in ≤ 60 s' };

// 3. Subjects for the queries, and store calls per request at page sizes 5, 20, 100 (in process).
const store = await openStore({ KG_DATA_DIR: bigDir });
const counter = countingStore(store);
const app = createApp(counter.store);
const inProcess = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
  return body.data;
};
const top = await inProcess(
  `{ countries(first: 100) { edges { node { name statementsAbout(first: 0) { totalCount } } } } people(first: 100) { edges { node { id name aliases { name } } } } }`,
);
const country = top.countries.edges.sort(
  (a: any, b: any) => b.node.statementsAbout.totalCount - a.node.statementsAbout.totalCount,
)[0].node.name;
// A person looked up by an alias (a bare surname, or a spelling variant), else by the lower-cased name.
const people = top.people.edges.map((e: any) => ({
  ...e.node,
  aliases: e.node.aliases.map((a: { name: string }) => a.name),
}));
const person = people.find((p: any) => p.aliases.length) ?? people[0];
const surname =
  person.aliases.find((a: string) => !a.includes(' ')) ?? person.aliases[0] ?? person.name.toLowerCase();
const subjects: BenchSubjects = { country, surname, personId: person.id, words: 'patience limits' };
const calls: Record<string, Record<number, number>> = {};
for (const pageSize of [5, 20, 100]) {
  for (const q of benchQueries(subjects, pageSize)) {
    counter.reset();
    await inProcess(q.query, q.variables);
    (calls[q.name] ??= {})[pageSize] = counter.total();
  }
}
await store.close();
results.storeCallsPerRequest = calls;
log(`store calls per request: ${JSON.stringify(calls)}`);

// 4. HTTP load on loopback against the real server process, once with the response cache off
// (every request runs its resolvers and store queries) and once with it on (the default); each
// run measures its own baseline.
const modes = [
  { name: 'uncached', env: { RESPONSE_CACHE: '0' } },
  { name: 'cached', env: { RESPONSE_CACHE: '1000' } },
];
const httpRuns: Record<string, unknown>[] = [];
let peakRss = 0;
for (const mode of modes) {
  const server = await startServer(bigDir, mode.env);
  const http: LoadResult[] = [];
  try {
    await ask(server.url, '{ __typename }');
    for (const q of benchQueries(subjects)) await ask(server.url, q.query, q.variables); // warm up, and fail on errors
    await load(server.url, [BASELINE], 2, CONNECTIONS); // JIT warm-up, not reported
    http.push(await load(server.url, [BASELINE], SECONDS, CONNECTIONS));
    for (const q of benchQueries(subjects)) {
      http.push(await load(server.url, [q], SECONDS, CONNECTIONS));
      log(`${mode.name} ${q.name}: ${Math.round(http.at(-1)!.rps)} req/s`);
    }
    peakRss = Math.max(peakRss, rssOf(server.child.pid!).peak);
  } finally {
    await server.stop();
  }
  const base = http[0]!;
  httpRuns.push({
    mode: mode.name,
    queries: http.map((r) => ({
      ...r,
      rps: Math.round(r.rps),
      throughputRatio: +(r.rps / base.rps).toFixed(2),
      p99Ratio: +(r.p99 / Math.max(base.p99, 1)).toFixed(2),
    })),
  });
}
results.peakRssMiB = +peakRss.toFixed(0);
results.http = {
  seconds: SECONDS,
  connections: CONNECTIONS,
  graph: `${SIZES.at(-1)} articles`,
  runs: httpRuns,
  targets: { throughputRatio: '≥ 0.60', p99Ratio: '≤ 2' },
};

// 5. Scale: a big seed, incremental ingestion, reads during ingestion (each a real process).
results.scale = await scaleBench(
  join(work, 'scale'),
  quick
    ? { big: 3000, base: 1000, extra: 200, seconds: 4 }
    : { big: 100_000, base: 10_000, extra: 1000, seconds: 15 },
);

await rm(work, { recursive: true, force: true });
await writeFile('bench/results.json', JSON.stringify(results, null, 2) + '\n');
await writeFile('bench/RESULTS.md', report(results));
process.stdout.write(report(results));

function report(r: any): string {
  const httpTable = (run: any) =>
    run.queries
      .map(
        (q: any) =>
          `| ${q.name} | ${q.rps} | ${q.p50} | ${q.p99} | ${q.throughputRatio} | ${q.p99Ratio} | ${q.errors + q.non2xx} |`,
      )
      .join('\n');
  const worst = (run: any) => ({
    ratio: Math.min(...run.queries.slice(1).map((q: any) => q.throughputRatio)),
    p99: Math.max(...run.queries.slice(1).map((q: any) => q.p99Ratio)),
  });
  const targetRows = r.http.runs
    .map((run: any) => {
      const w = worst(run);
      return `| ${run.mode}: realistic queries ≥ 60 % of baseline throughput | worst ${Math.round(w.ratio * 100)} % | ${w.ratio >= 0.6 ? 'yes' : 'no'} |
| ${run.mode}: p99 ≤ 2× baseline p99 | worst ${w.p99}× | ${w.p99 <= 2 ? 'yes' : 'no'} |`;
    })
    .join('\n');
  const httpSections = r.http.runs
    .map(
      (run: any) => `### ${run.mode}

| query | req/s | p50 | p99 | throughput / baseline | p99 / baseline | errors |
| --- | --- | --- | --- | --- | --- | --- |
${httpTable(run)}`,
    )
    .join('\n\n');
  const callRows = Object.entries(r.storeCallsPerRequest as Record<string, Record<string, number>>)
    .map(([name, bySize]) => `| ${name} | ${bySize[5]} | ${bySize[20]} | ${bySize[100]} |`)
    .join('\n');
  const seedRows = r.seeding.runs
    .map(
      (s: any) =>
        `| ${s.articles} | ${s.elements} | ${s.loadSeconds} | ${s.totalSeconds} | ${s.elementsPerSecond} |`,
    )
    .join('\n');
  const seedTen = r.seeding.runs.find((s: any) => s.articles === 10000);
  const sc = r.scale;
  return `# Benchmark results

${r.mode} run, ${r.date}. Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}. Embedded store (Grafeo).

## Targets

| target | result | met |
| --- | --- | --- |
| extraction ≥ 200 articles/s | ${r.extraction.articlesPerSecond} articles/s | ${r.extraction.articlesPerSecond >= 200 ? 'yes' : 'no'} |
| seeding 10k articles ≤ 60 s | ${seedTen ? `${seedTen.totalSeconds} s` : 'not run (quick mode)'} | ${seedTen ? (seedTen.totalSeconds <= 60 ? 'yes' : 'no') : '–'} |
${targetRows}
| seeding ${sc.bigSeed.articles} generated articles: peak RSS ≤ 2 GB | ${sc.bigSeed.peakRssMiB} MiB in ${sc.bigSeed.seconds} s | ${sc.bigSeed.peakRssMiB <= 2048 ? 'yes' : 'no'} |
| ingesting ${sc.incremental.added} new articles into ${sc.incremental.graph} ≤ 20 % of seeding ${sc.incremental.fullSeedArticles} | ${Math.round(sc.incremental.ratio * 100)} % (${sc.incremental.ingestSeconds} s vs ${sc.incremental.fullSeedSeconds} s) | ${sc.incremental.ratio <= 0.2 ? 'yes' : 'no'} |
| p99 of a read during ingestion vs at rest | ${sc.readsDuringIngestion.duringIngestion.p99} ms vs ${sc.readsDuringIngestion.atRest.p99} ms (${sc.readsDuringIngestion.p99Ratio}×) | – |

## Scale (each step a real process: \`npm run seed\`, \`npm run ingest\`, the server with POST /ingest)

Seeding ${sc.bigSeed.articles} generated articles (${sc.bigSeed.syndicatedCopies} of them syndicated copies) in batches of
2,000: ${sc.bigSeed.seconds} s, peak RSS ${sc.bigSeed.peakRssMiB} MiB, of which the JS heap peaked at
${sc.bigSeed.peakHeapMiB} MiB (the rest is the embedded engine, which keeps the whole graph in memory).
A fresh process that only opens the seeded graph and counts it peaks at ${sc.bigSeed.openedPeakRssMiB ?? '–'} MiB: the engine
holds written data in a larger form than data it loads (see bench/MEMORY.md).
Graph: ${sc.bigSeed.graph?.nodes}; ${sc.bigSeed.graph?.relationships}.

Incremental: seeding ${sc.incremental.graph} articles took ${sc.incremental.seedBaseSeconds} s; \`npm run ingest\` of
${sc.incremental.added} new ones into that graph ${sc.incremental.ingestSeconds} s (${sc.incremental.ingestOutput}); seeding all
${sc.incremental.fullSeedArticles} from scratch ${sc.incremental.fullSeedSeconds} s: ratio ${sc.incremental.ratio}.

Reads during ingestion (response cache off, ${sc.readsDuringIngestion.connections} connections, ${sc.readsDuringIngestion.seconds} s each,
"${sc.readsDuringIngestion.query}"): at rest p50 ${sc.readsDuringIngestion.atRest.p50} ms, p99 ${sc.readsDuringIngestion.atRest.p99} ms,
${sc.readsDuringIngestion.atRest.rps} req/s; while POST /ingest added ${sc.readsDuringIngestion.articlesAdded} articles
(${sc.readsDuringIngestion.postsDuringLoad} posts) p50 ${sc.readsDuringIngestion.duringIngestion.p50} ms, p99 ${sc.readsDuringIngestion.duringIngestion.p99} ms,
${sc.readsDuringIngestion.duringIngestion.rps} req/s, errors ${sc.readsDuringIngestion.duringIngestion.errors}.

## HTTP on loopback (${r.http.graph}, ${r.http.connections} connections, ${r.http.seconds} s each; latency in ms)

"uncached" runs with the response cache off (\`RESPONSE_CACHE=0\`): every request runs its resolvers and
store queries. "cached" is the server's default: repeated queries are answered from the response
cache, keyed on the graph version (one indexed read per request). The benchmark repeats one query
per run, so "cached" measures cache hits.

${httpSections}

Peak RSS of the server: ${r.peakRssMiB} MiB.

## Store calls per request, by page size (the DataLoader proof: they must not grow)

| query | first: 5 | first: 20 | first: 100 |
| --- | --- | --- | --- |
${callRows}

## Seeding the embedded store

| articles | graph elements | load s | with extraction s | elements/s |
| --- | --- | --- | --- | --- |
${seedRows}

Extraction alone: ${r.extraction.articlesPerSecond} articles/s on 1,000 synthetic articles.
`;
}
