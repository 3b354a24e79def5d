/**
 * Extraction on a thread of its own, for the server: reads keep being answered while a posted
 * body is being extracted (on two cores, one extracts and one serves). One long-lived worker,
 * started on first use, jobs one at a time; it never keeps the process alive.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractionDocument } from '../domain/document.js';
import type { Format, KnownWithId } from '../ingest/index.js';

export interface ExtractionJob {
  id: number;
  content: string;
  format: Format;
  source: string;
  known: KnownWithId[];
  batchSize?: number;
}

export type ExtractionMessage =
  | { id: number; batch: ExtractionDocument }
  | { id: number; done: true }
  | { id: number; error: string };

interface Pending {
  push(message: ExtractionMessage): void;
}

export class ExtractionThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly jobs = new Map<number, Pending>();

  /** The batches of one input, as the worker extracts them. */
  async *batches(job: Omit<ExtractionJob, 'id'>): AsyncGenerator<ExtractionDocument> {
    const id = this.nextId++;
    const queue: ExtractionMessage[] = [];
    let wake: (() => void) | null = null;
    this.jobs.set(id, {
      push(message) {
        queue.push(message);
        wake?.();
      },
    });
    try {
      this.start().postMessage({ ...job, id } satisfies ExtractionJob);
      for (;;) {
        if (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        const message = queue.shift()!;
        if ('batch' in message) yield message.batch;
        else if ('error' in message) throw new Error(`extraction failed: ${message.error}`);
        else return;
      }
    } finally {
      this.jobs.delete(id);
    }
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // A plain JS entry that loads TypeScript with tsx, as the server does (see extract-worker.mjs).
    const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (message: ExtractionMessage) => this.jobs.get(message.id)?.push(message));
    const fail = (reason: string) => {
      for (const [id, job] of this.jobs) job.push({ id, error: reason });
      this.worker = null;
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`the extraction thread stopped (${code})`));
    this.worker = worker;
    return worker;
  }
}
