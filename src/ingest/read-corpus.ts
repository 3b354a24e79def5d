/** Read a file or a folder of files (sorted by name) into one corpus. The file-system edge of ingest. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleDoc, ProblemDoc } from '../domain/document.js';
import { error, note } from './read/draft.js';
import { CorpusAssembler, formatOfName, parseInput, type ParseResult } from './read/index.js';
import { FORMAT_BY_EXTENSION } from './read/detect.js';

const SUPPORTED = Object.keys(FORMAT_BY_EXTENSION).join(', ');

/** The files a path names: itself, or a folder's supported files by name (others skipped with a note). */
export async function inputFiles(path: string): Promise<{ files: string[]; problems: ProblemDoc[] }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error(`${path}: no such file or folder`);
  }
  if (!info.isDirectory()) return { files: [path], problems: [] };
  const files: string[] = [];
  const problems: ProblemDoc[] = [];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const file = join(path, entry.name);
    if (formatOfName(entry.name)) files.push(file);
    else problems.push(note({ file, line: 0 }, `skipped: not a supported format (${SUPPORTED})`));
  }
  if (files.length === 0) {
    problems.push(error({ file: path, line: 0 }, `folder has no files to read (${SUPPORTED})`));
  }
  return { files, problems };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One file's articles and problems, not yet merged into a corpus. */
export async function readFileArticles(file: string): Promise<ParseResult> {
  const bytes = await readFile(file);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      articles: [],
      problems: [
        error(
          { file, line: lineOfFirstInvalidByte(bytes) },
          'not valid UTF-8 text (binary file or another encoding)',
        ),
      ],
    };
  }
  const { articles, problems } = parseInput(text, file);
  return { articles, problems };
}

/**
 * Files one by one, as they are read: a caller can stream a large corpus through a
 * CorpusAssembler without holding every file's text at once.
 */
export async function* readCorpusFiles(path: string): AsyncGenerator<ParseResult & { file?: string }> {
  const { files, problems } = await inputFiles(path);
  if (problems.length > 0) yield { articles: [], problems };
  for (const file of files) yield { file, ...(await readFileArticles(file)) };
}

/** Read a file or folder and every article in it; the same article twice loads once. */
export async function readCorpus(path: string): Promise<{ articles: ArticleDoc[]; problems: ProblemDoc[] }> {
  const corpus = new CorpusAssembler();
  const articles: ArticleDoc[] = [];
  const problems: ProblemDoc[] = [];
  for await (const result of readCorpusFiles(path)) {
    problems.push(...result.problems);
    const assembled = corpus.add(result.articles);
    articles.push(...assembled.articles);
    problems.push(...assembled.problems);
  }
  return { articles, problems };
}

function lineOfFirstInvalidByte(bytes: Buffer): number {
  // Decode growing prefixes cheaply: find the first offset where decoding fails, count newlines before.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  let line = 1;
  for (let i = 0; i < Math.min(lo, bytes.length); i++) if (bytes[i] === 10) line++;
  return line;
}
