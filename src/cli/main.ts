#!/usr/bin/env node
/**
 * The command line: `serve`, `seed [path] [--strict]`, `ingest <path> [--strict]`,
 * `extract <path> [--format json] [--strict]`, `schema [--check]`. Every failure ends in one line on
 * stderr and a non-zero exit, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openStore } from '../store/index.js';
import type { GraphStore } from '../store/graph-store.js';
import { extractCommand } from './extract.js';
import { schemaCommand } from './schema.js';
import { ingestThroughServer } from './handoff.js';
import { formatTotals } from '../live/ingest-service.js';
import { ingestInto } from './ingest.js';
import { seed, type SeedOptions } from './seed.js';
import { dataDirOf, readServerRecord } from './server-record.js';
import { serveCommand } from './serve.js';

const USAGE = `usage:
  kg serve                              seed the store if empty, then serve GraphQL (PORT, default 4000)
  kg seed [file-or-folder] [--strict]   replace the graph with the corpus (default: seed/)
  kg ingest <file-or-folder> [--strict] add new and changed articles to the graph; beside a running
                                        server, hands them to it
  kg extract <file-or-folder> [--format json|summary] [--strict]
  kg schema [--check]                   print the SDL into schema/schema.graphql

  Inputs: plain text, JSON Lines, JSON, HTML pages, RSS/Atom feeds (by extension, then content).
  Every article that can be read loads; each problem is printed on stderr as
  "file:line: error|warning|note: message". --strict refuses the whole input on any error or warning.
  --batch N: articles extracted and written per batch (default 2000); memory stays that of a batch.`;

async function withStore<T>(run: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(process.env, { log: (line) => process.stderr.write(line + '\n') });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

function batchSize(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`--batch must be a positive number of articles, got "${raw}"`);
  }
  return n;
}

/** A running server locks the embedded store: say whose it is and what to do, before reading anything. */
async function refuseBesideServer(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = dataDirOf();
  const server = await readServerRecord(dataDir);
  if (!server) return;
  throw new Error(
    `the server at ${server.url} (pid ${server.pid}) holds the embedded store in ${dataDir}: stop it ` +
      'to replace the graph, or add articles beside it with `npm run ingest -- <file-or-folder>`',
  );
}

/** Ingest directly into the store, or through the running server that holds it. */
async function ingestCommand(path: string, options: SeedOptions): Promise<number> {
  const log = (line: string) => process.stderr.write(line + '\n');
  const server = await readServerRecord(dataDirOf());
  let totals;
  if (server) {
    if (options.strict) throw new Error('--strict is not available while a server holds the store');
    log(`handing the articles to the server at ${server.url} (pid ${server.pid})`);
    totals = await ingestThroughServer(server, path, log);
  } else {
    totals = await withStore((store) => ingestInto(store, path, log, options));
  }
  process.stdout.write(formatTotals(totals) + '\n');
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'serve': {
      const config = readConfig();
      await withStore((store) => serveCommand(store, config));
      return 0;
    }
    case 'seed': {
      const path = rest[0] ?? readConfig().seedPath;
      const options = { strict: values.strict!, batchSize: batchSize(values.batch) };
      await refuseBesideServer();
      await withStore((store) => seed(store, path, undefined, options));
      return 0;
    }
    case 'ingest': {
      if (!rest[0]) throw new Error('ingest needs a file or folder');
      return ingestCommand(rest[0], { strict: values.strict!, batchSize: batchSize(values.batch) });
    }
    case 'extract': {
      if (!rest[0]) throw new Error('extract needs a file or folder');
      return extractCommand(rest[0], values.format!, { strict: values.strict! });
    }
    case 'schema':
      return schemaCommand(values.check!);
    default:
      throw new Error(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message}\n`);
    process.exitCode = 1;
  },
);
