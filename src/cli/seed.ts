import { countProblems, formatProblem, ingest } from '../ingest/index.js';
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
  const read = doc.articles.length;
  const ofWhich = copies > 0 ? ` (${copies} ${copies === 1 ? 'is a copy' : 'are copies'} of another)` : '';
  log(`read ${read} article${read === 1 ? '' : 's'}${ofWhich}; ${countProblems(problems)}`);
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

/** Extract the corpus at `path` and replace the graph with it. Logs go to stderr. */
export async function seed(
  store: GraphStore,
  path: string,
  log: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  options: ReadOptions = {},
) {
  const started = Date.now();
  log(`seeding from ${path} into the ${store.kind} store`);
  const doc = await readReporting(path, options, log);
  log(
    `extracted ${doc.articles.length} articles, ${doc.entities.length} entities, ` +
      `${doc.statements.length} statements, ${doc.events.length} events`,
  );
  const progress = progressReporter();
  const counts = await store.replace(doc, { onProgress: (p) => progress.update(p) });
  log(formatCounts(counts));
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return counts;
}
