import { ingest } from '../ingest/index.js';
import type { ExtractionDocument } from '../domain/document.js';
import type { Counts, GraphStore } from '../store/graph-store.js';
import { progressReporter } from './progress.js';

/** A seed that must not touch the store: the input is bad. The message is one line, naming file and problem. */
export class SeedInputError extends Error {}

/** Parse and extract; refuse the whole corpus if any part of it could not be parsed. */
export async function extractOrFail(path: string): Promise<ExtractionDocument> {
  const doc = await ingest(path);
  const problems = doc.problems ?? [];
  if (problems.length > 0) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new SeedInputError(`${first!.file}:${first!.line}: ${first!.message}${more}`);
  }
  if (doc.articles.length === 0) throw new SeedInputError(`${path}: no articles found`);
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
) {
  const started = Date.now();
  log(`seeding from ${path} into the ${store.kind} store`);
  const doc = await extractOrFail(path);
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
