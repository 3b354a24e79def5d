/**
 * The one ingest path for articles arriving while the graph is served or not: batches of
 * extracted articles merged into the store one at a time (each atomic), names resolved against
 * the graph's entities, and what was added announced to live clients after each commit.
 */
import type { ExtractionDocument, ProblemDoc } from '../domain/document.js';
import { extractBatches, parseInput, type BatchOptions, type Format } from '../ingest/index.js';
import type { GraphStore, KnownEntityRecord, MergeResult, WriteOptions } from '../store/graph-store.js';
import type { ExtractionThread } from './extraction-thread.js';
import type { LiveFeed } from './feed.js';

/** What an ingest did, summed over its batches: what `POST /ingest` answers. */
export interface IngestTotals {
  added: number;
  updated: number;
  unchanged: number;
  statements: number;
  problems: ProblemDoc[];
}

export const emptyTotals = (): IngestTotals => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  statements: 0,
  problems: [],
});

export function addResult(totals: IngestTotals, result: Omit<IngestTotals, 'problems'>) {
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

export class IngestService {
  private queue: Promise<unknown> = Promise.resolve();
  private known: { version: string; entities: KnownEntityRecord[] } | null = null;

  constructor(
    private readonly store: GraphStore,
    private readonly feed?: LiveFeed,
    /** Where bodies are extracted: off the serving thread when given. */
    private readonly thread?: ExtractionThread,
  ) {}

  /** One input (an HTTP body), read as `format`; `source` names it in problems. */
  ingestContent(
    content: string,
    format: Format,
    source: string,
    options: BatchOptions = {},
  ): Promise<IngestTotals> {
    return this.exclusive(async () => {
      const known = await this.knownEntities();
      if (this.thread) {
        const batchSize = options.batchSize;
        return this.mergeAll(this.thread.batches({ content, format, source, known, batchSize }));
      }
      const parsed = parseInput(content, source, format);
      return this.mergeAll(extractBatches([parsed], { ...options, known }));
    });
  }

  /**
   * Batches made by the caller (`make` gets the graph's entities to resolve names against), merged
   * one by one; problems are collected and reported through `onProblem` as they come.
   */
  ingestBatches(
    make: (known: KnownEntityRecord[]) => AsyncIterable<ExtractionDocument>,
    options: WriteOptions & { onProblem?: (p: ProblemDoc) => void } = {},
  ): Promise<IngestTotals> {
    return this.exclusive(async () => this.mergeAll(make(await this.knownEntities()), options));
  }

  private async mergeAll(
    batches: AsyncIterable<ExtractionDocument>,
    options: WriteOptions & { onProblem?: (p: ProblemDoc) => void } = {},
  ): Promise<IngestTotals> {
    const totals = emptyTotals();
    for await (const batch of batches) {
      for (const p of batch.problems ?? []) {
        totals.problems.push(p);
        options.onProblem?.(p);
      }
      if (!batch.articles.length) continue;
      const result = await this.store.merge(batch, options);
      addResult(totals, result);
      await this.announce(result);
    }
    return totals;
  }

  /** Entities of the graph, read again only when the graph changed. */
  private async knownEntities(): Promise<KnownEntityRecord[]> {
    const version = await this.store.version();
    if (this.known?.version !== version) this.known = { version, entities: await this.store.knownEntities() };
    return this.known.entities;
  }

  /** Tell live clients, once the batch is committed, what it added. */
  private async announce(result: MergeResult): Promise<void> {
    const feed = this.feed;
    if (!feed) return;
    if (feed.listening('articleAdded') && result.added) {
      const articles = await this.store.articlesByIds(result.articleIds.slice(0, result.added));
      for (const article of articles) if (article) feed.publish('articleAdded', article);
    }
    if (feed.listening('statementAdded') && result.statementIds.length) {
      const statements = await this.store.statementsByIds(result.statementIds);
      for (const statement of statements) if (statement) feed.publish('statementAdded', statement);
    }
  }

  /** One ingest at a time: each resolves names against what the previous one added. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
