/**
 * The worker side of off-thread extraction: extraction is CPU work measured in seconds for a big
 * body, and on the server's thread it would hold every read waiting. Jobs come in as messages;
 * each batch goes back as it is ready, then `done` (or `error`).
 */
import { parentPort } from 'node:worker_threads';
import { extractBatches, parseInput } from '../ingest/index.js';
import type { ExtractionJob, ExtractionMessage } from './extraction-thread.js';

const port = parentPort!;
port.on('message', async (job: ExtractionJob) => {
  const send = (message: ExtractionMessage) => port.postMessage(message);
  try {
    const parsed = parseInput(job.content, job.source, job.format);
    for await (const batch of extractBatches([parsed], { known: job.known, batchSize: job.batchSize })) {
      send({ id: job.id, batch });
    }
    send({ id: job.id, done: true });
  } catch (error) {
    send({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
