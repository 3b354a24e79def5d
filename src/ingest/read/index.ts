/**
 * The input layer: content in any supported format to ArticleDocs and problems. Pure; reading
 * files is read-corpus.ts's job.
 */
import type { ArticleDoc, ProblemDoc } from '../../domain/document.js';
import { detectFormat, type Format } from './detect.js';
import { error, type Reader, type ReadResult } from './draft.js';
import { readFeed } from './feed.js';
import { finishArticle } from './finish.js';
import { readHtml } from './html.js';
import { readJson, readJsonLines } from './json.js';
import { readText } from './text.js';

export const READERS: Readonly<Record<Format, Reader>> = {
  text: readText,
  jsonl: readJsonLines,
  json: readJson,
  html: readHtml,
  feed: readFeed,
};

export const FORMAT_NAMES: Readonly<Record<Format, string>> = {
  text: 'plain text',
  jsonl: 'JSON Lines',
  json: 'JSON',
  html: 'HTML',
  feed: 'RSS/Atom feed',
};

/** Drafts of one input, read with the reader its name (or declared type) and content call for. */
export function readInput(
  content: string,
  file: string,
  declared?: Format | null,
): ReadResult & { format: Format } {
  const format = detectFormat(file, content, declared);
  try {
    return { format, ...READERS[format](content, file) };
  } catch (e) {
    // A reader that throws is a defect, but it must cost this input only, never the corpus.
    const reason = e instanceof Error ? e.message : String(e);
    return {
      format,
      drafts: [],
      problems: [error({ file, line: 1 }, `could not be read as ${FORMAT_NAMES[format]}: ${reason}`)],
    };
  }
}

export interface ParseResult {
  articles: ArticleDoc[];
  problems: ProblemDoc[];
}

/** Articles of one input, finished (dateline, date, quotes, identity), duplicates not yet merged. */
export function parseInput(
  content: string,
  file: string,
  declared?: Format | null,
): ParseResult & { format: Format } {
  const { format, drafts, problems } = readInput(content, file, declared);
  const articles: ArticleDoc[] = [];
  for (const draft of drafts) {
    const finished = finishArticle(draft);
    problems.push(...finished.problems);
    if (finished.article) articles.push(finished.article);
  }
  return { format, articles, problems };
}

export { assembleCorpus, CorpusAssembler } from './corpus.js';
export {
  contentTypeOf,
  detectFormat,
  formatOfContentType,
  formatOfName,
  FORMATS,
  type Format,
} from './detect.js';
export { countProblems, formatProblem } from './draft.js';
