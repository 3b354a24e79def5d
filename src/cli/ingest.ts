import type { ExtractionDocument } from '../domain/document.js';
import { CorpusAssembler, readBatches, readCorpusFiles } from '../ingest/index.js';
import { IngestService, type IngestTotals } from '../live/ingest-service.js';
import type { GraphStore } from '../store/graph-store.js';
import { progressReporter } from './progress.js';
import { checkedBatches, ReadingTally, type SeedOptions } from './seed.js';

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
  const progress = progressReporter();
  const tally = new ReadingTally();
  return new IngestService(store).ingestBatches(
    (known) =>
      checkedBatches(path, readBatches(path, { known, batchSize: options.batchSize }), {}, tally, log),
    { onProgress: (p) => progress.update(p) },
  );
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
