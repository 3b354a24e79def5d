/**
 * Parse one input (a file's content or, later, an HTTP body) in any supported format into a
 * corpus of articles and the problems met. Pure. The readers live in read/; see read/index.ts.
 */
import { assembleCorpus, type Format, parseInput, type ParseResult } from './read/index.js';

export type { ParseResult } from './read/index.js';

/**
 * Articles and problems of one input, as a corpus of its own (the same article twice loads once).
 * The format follows the content, else `declared`, else the file name's extension, else text.
 */
export function parseCorpus(content: string, file: string, declared?: Format | null): ParseResult {
  const { articles, problems } = parseInput(content, file, declared);
  const assembled = assembleCorpus(articles);
  return { articles: assembled.articles, problems: [...problems, ...assembled.problems] };
}
