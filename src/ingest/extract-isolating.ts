/**
 * Extraction that one article cannot take down for the others. Extraction pools evidence over the
 * articles it is given, so a defect that throws on one article's text would otherwise cost the
 * whole batch (a seed, a POST /ingest). When it throws, the articles that throw on their own are
 * found by halving, reported as errors naming their file, line and title, and the rest are
 * extracted together as usual. Pure. The fast path (nothing throws) is one `extract` call.
 */
import type { ArticleDoc, ExtractionDocument, ProblemDoc } from '../domain/document.js';
import { extract, type ExtractOptions } from './extract.js';

export interface IsolatedExtraction {
  doc: ExtractionDocument;
  /** One error per article left out, naming what went wrong. */
  problems: ProblemDoc[];
}

const EMPTY: ExtractionDocument = { articles: [], entities: [], mentions: [], statements: [], events: [] };

function attempt(articles: ArticleDoc[], options: ExtractOptions): ExtractionDocument | Error {
  try {
    return extract(articles, options);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The articles that make extraction throw on their own, each with its error. */
function culprits(articles: ArticleDoc[], options: ExtractOptions, known?: Error): Map<ArticleDoc, Error> {
  const result = known ?? attempt(articles, options);
  if (!(result instanceof Error)) return new Map();
  if (articles.length === 1) return new Map([[articles[0]!, result]]);
  const half = Math.ceil(articles.length / 2);
  return new Map([...culprits(articles.slice(0, half), options), ...culprits(articles.slice(half), options)]);
}

function problemOf(article: ArticleDoc, error: Error): ProblemDoc {
  return {
    file: article.origin?.file ?? 'input',
    line: article.origin?.line ?? 0,
    severity: 'error',
    article: article.title,
    message: `not loaded: extraction failed on this article (${error.message}); please report it`,
  };
}

export function extractIsolating(articles: ArticleDoc[], options: ExtractOptions = {}): IsolatedExtraction {
  if (!articles.length) return { doc: EMPTY, problems: [] };
  const first = attempt(articles, options);
  if (!(first instanceof Error)) return { doc: first, problems: [] };
  const bad = culprits(articles, options, first);
  const problems = [...bad].map(([article, error]) => problemOf(article, error));
  const rest = articles.filter((a) => !bad.has(a));
  // Nothing throws alone, yet all together do: no article can be blamed, so none is guessed at.
  if (!bad.size) throw first;
  const second = rest.length ? attempt(rest, options) : EMPTY;
  if (second instanceof Error) throw second;
  return { doc: second, problems };
}
