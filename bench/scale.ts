/**
 * Scale in bounded memory, as issue 11 asks, each step through the real CLI or server process:
 *   1. seeding a big generated corpus (100,000 articles): time and the process's peak RSS, with
 *      the JS heap's peak (from the seed's batch lines) to tell the pipeline from the engine;
 *   2. ingesting 1,000 new articles into a 10,000-article graph, against seeding 11,000 at once;
 *   3. p99 of a read query while POST /ingest adds articles, against its p99 at rest.
 */
import { spawn } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCorpus } from './corpus-files.js';
import { ask, load, startServer } from './measure.js';
import type { BenchQuery } from './queries.js';

const log = (line: string) => process.stderr.write(line + '\n');

export interface ProcessRun {
  seconds: number;
  peakRssMiB: number;
  /** Largest JS heap a batch line reported (seed and ingest print one per batch). */
  peakHeapMiB: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The node options of `npm run <command>` (package.json): the bench runs a command with the same
 * ones a user gets, such as the seed's cap on the JS heap.
 */
async function nodeOptionsOf(command: string): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (scripts[command] ?? '').split(/\s+/);
  return words[0] === 'node' ? words.slice(1, words.indexOf('--import')) : [];
}

/** Run the CLI as a user would, polling its peak RSS (VmHWM) until it exits. */
export async function runCli(args: string[], dataDir: string): Promise<ProcessRun> {
  const options = await nodeOptionsOf(args[0]!);
  return runNode([...options, '--import', 'tsx', 'src/cli/main.ts', ...args], dataDir);
}

/** Run node with `args` on a data directory, polling its peak RSS (VmHWM) until it exits. */
async function runNode(args: string[], dataDir: string): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, KG_DATA_DIR: dataDir, NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  let peak = 0;
  const poll = setInterval(async () => {
    try {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    } catch {
      // Gone: the last reading stands.
    }
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`${args.join(' ')} failed (${code}):\n${stderr.slice(-2000)}`);
  const heaps = [...stderr.matchAll(/heap (\d+) MB/g)].map((m) => Number(m[1]));
  return {
    seconds: +((performance.now() - started) / 1000).toFixed(1),
    peakRssMiB: Math.round(peak),
    peakHeapMiB: heaps.length ? Math.max(...heaps) : null,
    stdout,
    stderr,
  };
}

export interface ScaleSizes {
  big: number;
  base: number;
  extra: number;
  /** Seconds of read load at rest and during ingestion. */
  seconds: number;
}

export async function scaleBench(work: string, sizes: ScaleSizes) {
  const results: Record<string, unknown> = {};

  // 1. The big seed.
  {
    const corpus = join(work, 'big-corpus');
    const written = await writeCorpus(corpus, sizes.big, 23);
    const run = await runCli(['seed', corpus], join(work, 'big-store'));
    const counts = /nodes: (.*)\nrelationships: (.*)/.exec(run.stderr);
    // What a process that only opens the graph holds (a server starting on it): the engine keeps
    // the graph in memory in a more compact form than while writing it.
    const opened = await runNode(['--import', 'tsx', 'bench/open-store.ts'], join(work, 'big-store'));
    results.bigSeed = {
      articles: sizes.big,
      syndicatedCopies: written.copies,
      seconds: run.seconds,
      peakRssMiB: run.peakRssMiB,
      peakHeapMiB: run.peakHeapMiB,
      openedPeakRssMiB: opened.peakRssMiB,
      graph: counts ? { nodes: counts[1], relationships: counts[2] } : null,
    };
    log(
      `seeding ${sizes.big} articles: ${run.seconds} s, peak RSS ${run.peakRssMiB} MiB ` +
        `(JS heap peak ${run.peakHeapMiB} MiB); opening it: ${opened.peakRssMiB} MiB`,
    );
  }

  // 2. Incremental against full: one corpus of base + extra articles, split in two folders.
  const total = sizes.base + sizes.extra;
  const baseDir = join(work, 'base');
  const extraDir = join(work, 'extra');
  const allDir = join(work, 'all');
  await writeCorpus(baseDir, total, 29, 500, 0, sizes.base);
  await writeCorpus(extraDir, total, 29, 500, sizes.base, total);
  // The same files under one folder, renamed so that base sorts first: one corpus in input order.
  for (const [dir, prefix] of [
    [baseDir, 'a'],
    [extraDir, 'b'],
  ] as const) {
    for (const file of await readdir(dir)) await cp(join(dir, file), join(allDir, `${prefix}-${file}`));
  }
  const baseStore = join(work, 'base-store');
  const baseSeed = await runCli(['seed', baseDir], baseStore);
  const quiet = join(work, 'quiet-store');
  await cp(baseStore, quiet, { recursive: true });
  const ingest = await runCli(['ingest', extraDir], baseStore);
  const full = await runCli(['seed', allDir], join(work, 'all-store'));
  results.incremental = {
    graph: sizes.base,
    added: sizes.extra,
    seedBaseSeconds: baseSeed.seconds,
    ingestSeconds: ingest.seconds,
    ingestOutput: ingest.stdout.trim(),
    fullSeedArticles: total,
    fullSeedSeconds: full.seconds,
    ratio: +(ingest.seconds / full.seconds).toFixed(3),
    target: '≤ 0.20',
  };
  log(
    `ingesting ${sizes.extra} into ${sizes.base}: ${ingest.seconds} s; seeding ${total}: ${full.seconds} s`,
  );

  // 3. p99 of a read while POST /ingest runs, against at rest, on the server process.
  const token = 'bench-ingest-token-not-secret';
  const server = await startServer(quiet, { RESPONSE_CACHE: '0', KG_INGEST_TOKEN: token });
  try {
    const top = await ask(
      server.url,
      '{ countries(first: 50) { edges { node { name statementsAbout(first: 0) { totalCount } } } } }',
    );
    const country = top.countries.edges.sort(
      (a: any, b: any) => b.node.statementsAbout.totalCount - a.node.statementsAbout.totalCount,
    )[0].node.name;
    const query: BenchQuery = {
      name: 'statements about an entity',
      query: `query($name: String!) { entity(name: $name) { statementsAbout(first: 20) { totalCount edges { node { text speaker { name } article { title } } } } } }`,
      variables: { name: country },
    };
    await load(server.url, [query], 2, 8); // warm-up
    const rest = await load(server.url, [query], sizes.seconds, 8);
    // Ingest the extra files one by one for as long as the load runs (then again: unchanged).
    const files = (await readdir(extraDir)).sort();
    let ingesting = true;
    let posted = 0;
    let added = 0;
    const ingestion = (async () => {
      while (ingesting) {
        for (const file of files) {
          if (!ingesting) break;
          const body = await readFile(join(extraDir, file));
          const response = await fetch(`${server.url.replace(/\/graphql$/, '')}/ingest`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': file.endsWith('.jsonl') ? 'application/x-ndjson' : 'text/plain',
            },
            body,
          });
          const result = (await response.json()) as { added: number };
          posted++;
          added += result.added ?? 0;
        }
      }
    })();
    const busy = await load(server.url, [query], sizes.seconds, 8);
    ingesting = false;
    await ingestion;
    results.readsDuringIngestion = {
      query: query.name,
      connections: 8,
      seconds: sizes.seconds,
      atRest: { p50: rest.p50, p99: rest.p99, rps: Math.round(rest.rps) },
      duringIngestion: {
        p50: busy.p50,
        p99: busy.p99,
        rps: Math.round(busy.rps),
        errors: busy.errors + busy.non2xx,
      },
      p99Ratio: +(busy.p99 / Math.max(rest.p99, 1)).toFixed(2),
      postsDuringLoad: posted,
      articlesAdded: added,
    };
    log(
      `p99 at rest ${rest.p99} ms, during ingestion ${busy.p99} ms (${added} articles added in ${posted} posts)`,
    );
  } finally {
    await server.stop();
  }
  return results;
}
