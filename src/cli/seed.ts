import { countProblems, formatProblem, ingest, readBatches } from '../ingest/index.js';
import type { ExtractionDocument, ProblemDoc } from '../domain/document.js';
import type { Counts, GraphStore } from '../store/graph-store.js';
import { progressReporter } from './progress.js';

/**
 * A seed that must not touch the store: nothing could be read, or `--strict` met a problem. The
 * message is one line naming file and problem; `problems` holds every problem met.
 */
export class SeedInputError extends Error {
  constructor(
    message: string,
    readonly problems: ProblemDoc[] = [],
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** All or nothing: refuse the whole corpus on any error or warning (notes never refuse). */
  strict?: boolean;
}

const refuses = (p: ProblemDoc) => p.severity !== 'note';
const andMore = (n: number) => (n > 0 ? ` (and ${n} more problem${n > 1 ? 's' : ''})` : '');

/**
 * Read and extract a corpus: every article that can be read loads, and every problem travels in
 * the document. Refuses (SeedInputError) when no article could be read, or with `strict` when
 * anything could not.
 */
export async function extractOrFail(path: string, options: ReadOptions = {}): Promise<ExtractionDocument> {
  const doc = await ingest(path);
  const problems = doc.problems ?? [];
  const blocking = problems.filter(refuses);
  if (options.strict && blocking.length > 0) {
    throw new SeedInputError(
      `refused (--strict): ${formatProblem(blocking[0]!)}${andMore(blocking.length - 1)}`,
      problems,
    );
  }
  if (doc.articles.length === 0) {
    const first = problems.find((p) => p.severity === 'error') ?? problems[0];
    const reason = first ? `: ${formatProblem(first)}${andMore(problems.length - 1)}` : '';
    throw new SeedInputError(`${path}: no article could be read${reason}`, problems);
  }
  return doc;
}

/** Every problem, one line each, then a count: what a user of `seed` and `extract` sees on stderr. */
export function reportReading(
  doc: Pick<ExtractionDocument, 'articles' | 'problems'>,
  log: (line: string) => void,
) {
  const problems = doc.problems ?? [];
  for (const p of problems) log(formatProblem(p));
  const copies = doc.articles.filter((a) => a.copyOf).length;
  log(`read ${readCount(doc.articles.length, problems, copies)}; ${countProblems(problems)}`);
}

/** "840 articles (1 read twice, loaded once; 2 are copies of another)". */
function readCount(loaded: number, problems: readonly ProblemDoc[], copies: number): string {
  const twice = problems.filter((p) => p.duplicate).length;
  const read = loaded + twice;
  const notes = [
    ...(twice > 0 ? [`${twice} read twice, loaded once`] : []),
    ...(copies > 0 ? [`${copies} ${copies === 1 ? 'is a copy' : 'are copies'} of another`] : []),
  ];
  return `${read} article${read === 1 ? '' : 's'}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** extractOrFail, reporting what was read (or every problem, when refused) on `log`. */
export async function readReporting(
  path: string,
  options: ReadOptions,
  log: (line: string) => void,
): Promise<ExtractionDocument> {
  let doc: ExtractionDocument;
  try {
    doc = await extractOrFail(path, options);
  } catch (error) {
    if (error instanceof SeedInputError) for (const p of error.problems) log(formatProblem(p));
    throw error;
  }
  reportReading(doc, log);
  return doc;
}

export function formatCounts(counts: Counts): string {
  const row = (entries: Record<string, number>) =>
    Object.entries(entries)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
  return `nodes: ${row(counts.nodes)}\nrelationships: ${row(counts.relationships)}`;
}

export interface SeedOptions extends ReadOptions {
  /** Articles per extracted batch (default 2,000). */
  batchSize?: number;
}

/** What was read so far: the running totals a seed or an ingest reports at the end. */
export class ReadingTally {
  articles = 0;
  copies = 0;
  entities = 0;
  statements = 0;
  events = 0;
  batches = 0;
  readonly problems: ProblemDoc[] = [];

  add(batch: ExtractionDocument) {
    this.batches++;
    this.articles += batch.articles.length;
    this.copies += batch.articles.filter((a) => a.copyOf).length;
    this.entities += batch.entities.length;
    this.statements += batch.statements.length;
    this.events += batch.events.length;
    this.problems.push(...(batch.problems ?? []));
  }

  /** "read 3 articles (1 is a copy of another); 2 errors, 0 warnings, 0 notes". */
  summary(): string {
    return `read ${readCount(this.articles, this.problems, this.copies)}; ${countProblems(this.problems)}`;
  }
}

/**
 * Batches as they are read, with their problems logged; refuses (SeedInputError) as soon as a
 * batch has an error or warning with `strict`, and at the end when no article could be read.
 * Batches without articles (only problems) are not passed on.
 */
export async function* checkedBatches(
  path: string,
  batches: AsyncIterable<ExtractionDocument>,
  options: ReadOptions,
  tally: ReadingTally,
  log: (line: string) => void,
): AsyncGenerator<ExtractionDocument> {
  for await (const batch of batches) {
    tally.add(batch);
    const problems = batch.problems ?? [];
    for (const p of problems) log(formatProblem(p));
    const blocking = problems.filter(refuses);
    if (options.strict && blocking.length > 0) {
      throw new SeedInputError(
        `refused (--strict): ${formatProblem(blocking[0]!)}${andMore(blocking.length - 1)}`,
        tally.problems,
      );
    }
    if (batch.articles.length) yield batch;
  }
  log(tally.summary());
  if (tally.articles === 0) {
    const first = tally.problems.find((p) => p.severity === 'error') ?? tally.problems[0];
    const reason = first ? `: ${formatProblem(first)}${andMore(tally.problems.length - 1)}` : '';
    throw new SeedInputError(`${path}: no article could be read${reason}`, tally.problems);
  }
}

/** Resident memory and JS heap now: what a batch log line shows, so that big seeds can be watched. */
const memory = () => {
  const { rss, heapUsed } = process.memoryUsage();
  return `rss ${Math.round(rss / 2 ** 20)} MB, heap ${Math.round(heapUsed / 2 ** 20)} MB`;
};

/**
 * Read, extract and load the corpus at `path` as the new graph, one batch at a time (memory
 * stays that of a batch); the old graph is served until the new one is complete. Logs go to
 * stderr.
 */
export async function seed(
  store: GraphStore,
  path: string,
  log: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  options: SeedOptions = {},
) {
  const started = Date.now();
  log(`seeding from ${path} into the ${store.kind} store`);
  const tally = new ReadingTally();
  const progress = progressReporter();
  const read = readBatches(path, { batchSize: options.batchSize });
  const batches = checkedBatches(path, read, options, tally, log);
  const counts = await store.replace(batches, {
    onProgress: (p) => progress.update(p),
    onBatch: (r) =>
      log(`  batch ${tally.batches}: ${r.added} articles, ${r.statements} statements (${memory()})`),
  });
  log(
    `extracted ${tally.articles} articles, ${tally.entities} entities, ` +
      `${tally.statements} statements, ${tally.events} events` +
      (tally.batches > 1 ? ` in ${tally.batches} batches (entity counts per batch, summed)` : ''),
  );
  log(formatCounts(counts));
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return counts;
}
