import { describe, expect, it } from 'vitest';
import type { ExtractionDocument } from '../../src/domain/document.js';
import { extractBatches, parseInput } from '../../src/ingest/index.js';

const FIRST =
  'Harbour Talks Resume\n\nTunde Okafor, the chief negotiator of the Dockworkers Union, said on Monday that talks would resume.\n';
const SECOND = 'Union Sets Deadline\n\nOkafor said the union would strike on Friday.\n';

async function collect(batches: AsyncIterable<ExtractionDocument>) {
  const out: ExtractionDocument[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

const input = (text: string, file: string) => parseInput(text, file);

describe('extracting in batches', () => {
  it('carries what earlier batches found forward: a bare surname joins the person named before', async () => {
    const batches = await collect(
      extractBatches([input(FIRST, 'a.txt'), input(SECOND, 'b.txt')], { batchSize: 1 }),
    );
    expect(batches.map((b) => b.articles.length)).toEqual([1, 1]);
    expect(batches[1]!.statements.map((s) => s.speakerId)).toEqual(['per_tunde_okafor']);
    // Alone, the second article does not know who Okafor is.
    const [alone] = await collect(extractBatches([input(SECOND, 'b.txt')]));
    expect(alone!.statements.map((s) => s.speakerId)).not.toEqual(['per_tunde_okafor']);
  });

  it('resolves against entities the graph already holds', async () => {
    const known = [
      { id: 'per_tunde_okafor', type: 'Person' as const, name: 'Tunde Okafor', aliases: ['Okafor'] },
    ];
    const [batch] = await collect(extractBatches([input(SECOND, 'b.txt')], { known }));
    expect(batch!.statements.map((s) => s.speakerId)).toEqual(['per_tunde_okafor']);
  });

  it('loads the same article once and marks the same text under another URL as a copy, across batches', async () => {
    const wire = (url: string) =>
      JSON.stringify({ title: 'Port Closed', text: 'The port closed on Monday.', url });
    const batches = await collect(
      extractBatches(
        [
          input(`${wire('https://a.example/port')}\n`, 'a.jsonl'),
          input(`${wire('https://a.example/port')}\n${wire('https://b.example/port')}\n`, 'b.jsonl'),
        ],
        { batchSize: 1 },
      ),
    );
    const articles = batches.flatMap((b) => b.articles);
    expect(articles).toHaveLength(2);
    expect(articles[1]!.copyOf).toBe(articles[0]!.id);
    expect(batches.flatMap((b) => b.problems ?? []).map((p) => p.message)).toEqual([
      expect.stringMatching(/the same URL as the article at a\.jsonl:1: loaded once/),
    ]);
  });

  it('passes problems on even when no article follows them', async () => {
    const batches = await collect(extractBatches([input('{"title": broken}\n', 'bad.jsonl')]));
    expect(batches).toHaveLength(1);
    expect(batches[0]!.articles).toEqual([]);
    expect(batches[0]!.problems![0]).toMatchObject({ file: 'bad.jsonl', severity: 'error' });
  });
});
