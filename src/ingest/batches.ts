/**
 * A corpus of any size as a stream of extracted batches, so that seeding and ingesting hold one
 * batch at a time, never the whole corpus.
 *
 * Extraction decides names on the evidence of the articles it is given. Between batches, what
 * earlier ones decided travels forward as `known` entities (as the graph's entities do for an
 * ingest): "Okafor said" in batch 7 joins the Tunde Okafor of batch 1.
 */
import type { ArticleDoc, EntityDoc, ExtractionDocument, ProblemDoc } from '../domain/document.js';
import type { KnownEntity } from './entities/classify.js';
import { extractIsolating } from './extract-isolating.js';
import { readCorpusFiles } from './read-corpus.js';
import { CorpusAssembler, type ParseResult } from './read/index.js';

/** Articles per batch: large enough for pooled evidence, small enough to stay well within memory. */
export const DEFAULT_BATCH_ARTICLES = 2000;

export interface BatchOptions {
  /** Articles per batch (default 2,000). */
  batchSize?: number;
  /** Entities the graph already holds; each batch's entities are added for the next ones. */
  known?: readonly KnownWithId[];
}

/** A known entity with its id, when it has one (the graph's do), so that batches add to it. */
export type KnownWithId = KnownEntity & { id?: string };

/** Entities known so far, by id: a later batch's spellings are added to an earlier one's. */
export class KnownEntities {
  private readonly byKey = new Map<string, KnownEntity>();

  constructor(initial: readonly KnownWithId[] = []) {
    for (const e of initial) this.put(e.id ?? `${e.type}|${e.name}`, e);
  }

  add(entities: readonly EntityDoc[]): void {
    for (const e of entities) this.put(e.id, e);
  }

  list(): KnownEntity[] {
    return [...this.byKey.values()];
  }

  private put(key: string, e: KnownEntity) {
    const old = this.byKey.get(key);
    if (!old) {
      this.byKey.set(key, { type: e.type, name: e.name, aliases: [...e.aliases] });
      return;
    }
    for (const alias of e.aliases) {
      if (!old.aliases.includes(alias) && alias !== old.name) old.aliases.push(alias);
    }
  }
}

/**
 * Extracted batches of the inputs, in input order: the same article twice loads once, a copy is
 * marked as one (across batches too), and each batch carries the problems met while reading it.
 * A last batch may hold problems and no article.
 */
export async function* extractBatches(
  inputs: AsyncIterable<ParseResult> | Iterable<ParseResult>,
  options: BatchOptions = {},
): AsyncGenerator<ExtractionDocument> {
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_ARTICLES);
  const corpus = new CorpusAssembler();
  const known = new KnownEntities(options.known);
  let articles: ArticleDoc[] = [];
  let problems: ProblemDoc[] = [];
  const flush = (): ExtractionDocument => {
    const { doc, problems: failed } = extractIsolating(articles, { known: known.list() });
    known.add(doc.entities);
    const batch = { ...doc, problems: [...problems, ...failed] };
    articles = [];
    problems = [];
    return batch;
  };
  for await (const input of inputs) {
    problems.push(...input.problems);
    const assembled = corpus.add(input.articles);
    problems.push(...assembled.problems);
    for (const article of assembled.articles) {
      articles.push(article);
      if (articles.length >= size) yield flush();
    }
  }
  if (articles.length || problems.length) yield flush();
}

/** The batches of a file or folder (files read one at a time, sorted by name). */
export function readBatches(path: string, options: BatchOptions = {}): AsyncGenerator<ExtractionDocument> {
  return extractBatches(readCorpusFiles(path), options);
}
