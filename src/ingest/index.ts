/** Ingest: input in, ExtractionDocument out. Pure but for reading files in readCorpus/ingest. */
import type { ExtractionDocument } from '../domain/document.js';
import { extractIsolating } from './extract-isolating.js';
import { readCorpus } from './read-corpus.js';

export { parseCorpus } from './parse.js';
export { inputFiles, readCorpus, readCorpusFiles } from './read-corpus.js';
export { extract } from './extract.js';
export {
  DEFAULT_BATCH_ARTICLES,
  extractBatches,
  KnownEntities,
  readBatches,
  type BatchOptions,
  type KnownWithId,
} from './batches.js';
export { CorpusAssembler, countProblems, formatProblem, parseInput } from './read/index.js';
export { contentTypeOf, detectFormat, formatOfContentType, type Format } from './read/index.js';

/**
 * Read a file or folder and extract every article that could be read; problems (severity, file,
 * line, message) travel in the document.
 */
export async function ingest(path: string): Promise<ExtractionDocument> {
  const { articles, problems } = await readCorpus(path);
  const { doc, problems: failed } = extractIsolating(articles);
  return { ...doc, problems: [...problems, ...failed] };
}
