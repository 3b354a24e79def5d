import type { ProblemDoc } from '../domain/document.js';
import type { ExtractionDocument } from '../domain/document.js';
import { CorpusAssembler, readBatches, readCorpusFiles } from '../ingest/index.js';
import type { GraphStore, MergeResult } from '../store/graph-store.js';
import { progressReporter } from './progress.js';
import { checkedBatches, ReadingTally, type SeedOptions } from './seed.js';

/** What an ingest did, summed over its batches: what `POST /ingest` answers too. */
export interface IngestTotals {
  added: number;
  updated: number;
  unchanged: number;
  statements: number;
  problems: ProblemDoc[];
}

export const emptyTotals = (): IngestTotals => ({ added: 0, updated: 0, unchanged: 0, statements: 0, problems: [] });

export function addResult(totals: IngestTotals, result: Pick<MergeResult, 'added' | 'updated' | 'unchanged' | 'statements'>) {
  totals.added += result.added;
  totals.updated += result.updated;
  totals.unchanged += result.unchanged;
  totals.statements += result.statements;
}

/** "added 3, updated 0, unchanged 1 articles; 12 statements; 2 problems". */
export function formatTotals(t: IngestTotals): string {
  const n = t.problems.length;
  return (
    `added ${t.added}, updated ${t.updated}, unchanged ${t.unchanged} articles; ` +
    `${t.statements} statements; ${n} problem${n === 1 ? '' : 's'}`
  );
}

/**
 * Read, extract and merge the articles at `path` into the graph, batch by batch, each batch
 * atomic. Names resolve against the entities the graph already holds, and against those of
 * earlier batches. With `strict`, the input is checked first and refused whole on any error or
 * warning, before anything is merged.
 */
export async function ingestInto(
  store: GraphStore,
  path: string,
  log: (line: string) => void,
  options: SeedOptions = {},
): Promise<IngestTotals> {
  if (options.strict) {
    // A first pass that only reads: a later batch's problem must not leave earlier ones merged.
    const check = checkedBatches(path, readOnly(path), options, new ReadingTally(), () => {});
    for await (const _ of check);
  }
  const known = await store.knownEntities();
  const tally = new ReadingTally();
  const totals = emptyTotals();
  const progress = progressReporter();
  const batches = readBatches(path, { known, batchSize: options.batchSize });
  for await (const batch of checkedBatches(path, batches, {}, tally, log)) {
    addResult(totals, await store.merge(batch, { onProgress: (p) => progress.update(p) }));
  }
  totals.problems = tally.problems;
  return totals;
}

/** The inputs as they read, file by file, without extraction: for checking them first. */
async function* readOnly(path: string): AsyncGenerator<ExtractionDocument> {
  const corpus = new CorpusAssembler();
  for await (const file of readCorpusFiles(path)) {
    const assembled = corpus.add(file.articles);
    yield {
      articles: assembled.articles,
      entities: [],
      mentions: [],
      statements: [],
      events: [],
      problems: [...file.problems, ...assembled.problems],
    };
  }
}
