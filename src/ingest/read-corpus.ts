import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ArticleDoc, ProblemDoc } from '../domain/document.js';
import { parseCorpus } from './parse.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read a `.txt` file or a folder of them (sorted by name) and parse every article. */
export async function readCorpus(path: string): Promise<{ articles: ArticleDoc[]; problems: ProblemDoc[] }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error(`${path}: no such file or folder`);
  }
  let files: string[];
  if (info.isDirectory()) {
    files = (await readdir(path))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(path, name));
    if (files.length === 0) {
      return { articles: [], problems: [{ file: path, line: 0, message: 'folder has no .txt files' }] };
    }
  } else {
    files = [path];
  }
  const articles: ArticleDoc[] = [];
  const problems: ProblemDoc[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      const line = lineOfFirstInvalidByte(bytes);
      problems.push({ file, line, message: 'not valid UTF-8 text (binary file or another encoding)' });
      continue;
    }
    const parsed = parseCorpus(text, file.includes('/') ? file : basename(file), articles.length);
    articles.push(...parsed.articles);
    problems.push(...parsed.problems);
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
