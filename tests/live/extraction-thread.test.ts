import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractionDocument } from '../../src/domain/document.js';
import { extractBatches, parseInput } from '../../src/ingest/index.js';
import { ExtractionThread } from '../../src/live/extraction-thread.js';

const TEXT =
  'Union Sets Deadline\n\nOkafor said the union would strike on Friday.\n\n\n\nPort Reopens\n\nThe port reopened.\n';
const known = [
  { id: 'per_tunde_okafor', type: 'Person' as const, name: 'Tunde Okafor', aliases: ['Okafor'] },
];
const thread = new ExtractionThread();
afterAll(() => thread.close());

async function collect(batches: AsyncIterable<ExtractionDocument>) {
  const out: ExtractionDocument[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

describe('extraction on its own thread', () => {
  it('gives the batches extraction gives on this thread', async () => {
    const there = await collect(
      thread.batches({ content: TEXT, format: 'text', source: 'a.txt', known, batchSize: 1 }),
    );
    const here = await collect(extractBatches([parseInput(TEXT, 'a.txt', 'text')], { known, batchSize: 1 }));
    expect(there).toEqual(here);
    expect(there.map((b) => b.articles.length)).toEqual([1, 1]);
    expect(there[0]!.statements[0]!.speakerId).toBe('per_tunde_okafor');
  });

  it('runs jobs one after another on one worker', async () => {
    const [a, b] = await Promise.all([
      collect(thread.batches({ content: TEXT, format: 'text', source: 'a.txt', known: [] })),
      collect(
        thread.batches({ content: '{"title": broken}', format: 'jsonl', source: 'b.jsonl', known: [] }),
      ),
    ]);
    expect(a[0]!.articles).toHaveLength(2);
    expect(b[0]!.problems![0]).toMatchObject({ file: 'b.jsonl', severity: 'error' });
  });
});
