/**
 * One article that makes extraction throw costs only itself. The defect is simulated (extraction
 * throws on any article whose title says "Cursed"), so the test does not depend on a real bug
 * staying unfixed.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ArticleDoc, ExtractionDocument } from '../../src/domain/document.js';

vi.mock('../../src/ingest/extract.js', async (original) => {
  const real = await original<typeof import('../../src/ingest/extract.js')>();
  return {
    ...real,
    extract: vi.fn((articles: ArticleDoc[], options?: Parameters<typeof real.extract>[1]) => {
      const cursed = articles.find((a) => a.title.includes('Cursed'));
      if (cursed) throw new TypeError(`cannot read "${cursed.title}"`);
      // A defect no single article triggers: only these two together.
      if (articles.filter((a) => a.title.startsWith('Twin')).length === 2) throw new RangeError('twins');
      return real.extract(articles, options);
    }),
  };
});

const { extract } = await import('../../src/ingest/extract.js');
const { extractIsolating } = await import('../../src/ingest/extract-isolating.js');
const { extractBatches, ingest, parseInput } = await import('../../src/ingest/index.js');

const story = (title: string, who: string) =>
  JSON.stringify({
    title,
    text: `"The ferry will run again on Monday," ${who} said.`,
    url: `https://x.example/${title.length}${who.length}`,
  });

const LINES = [
  story('Ferry Returns', 'Ilse Varnholt'),
  story('Cursed Lighthouse Story', 'Bram Okonjo'),
  story('Bridge Repaired', 'Mirela Duchamp'),
  story('Cursed Harbour Story', 'Tomas Greer'),
  story('Tram Extended', 'Ada Ferrol'),
];

async function collect(batches: AsyncIterable<ExtractionDocument>) {
  const out: ExtractionDocument[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

describe('extraction isolating a failing article', () => {
  it('loads every other article, and names each failing one by file, line and title', () => {
    const { articles } = parseInput(`${LINES.join('\n')}\n`, 'wire.jsonl');
    expect(() => extract(articles)).toThrow(TypeError);
    const { doc, problems } = extractIsolating(articles);
    expect(doc.articles.map((a) => a.title)).toEqual(['Ferry Returns', 'Bridge Repaired', 'Tram Extended']);
    expect(doc.statements).toHaveLength(3);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'wire.jsonl',
        line: 2,
        severity: 'error',
        article: 'Cursed Lighthouse Story',
      }),
      expect.objectContaining({
        file: 'wire.jsonl',
        line: 4,
        severity: 'error',
        article: 'Cursed Harbour Story',
      }),
    ]);
    expect(problems[0]!.message).toMatch(
      /^not loaded: extraction failed on this article \(cannot read "Cursed/,
    );
  });

  it('calls extraction once when nothing throws', () => {
    const { articles } = parseInput(`${LINES[0]}\n${LINES[2]}\n`, 'wire.jsonl');
    vi.mocked(extract).mockClear();
    const { doc, problems } = extractIsolating(articles);
    expect(problems).toEqual([]);
    expect(doc.articles).toHaveLength(2);
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('keeps the batch going in seeding and ingesting, the problem travelling with it', async () => {
    const [batch] = await collect(extractBatches([parseInput(`${LINES.join('\n')}\n`, 'wire.jsonl')]));
    expect(batch!.articles).toHaveLength(3);
    expect(batch!.problems!.map((p) => p.article)).toEqual([
      'Cursed Lighthouse Story',
      'Cursed Harbour Story',
    ]);
  });

  it('gives no article and the error when the only article fails', () => {
    const { articles } = parseInput(`${LINES[1]}\n`, 'wire.jsonl');
    const { doc, problems } = extractIsolating(articles);
    expect(doc.articles).toEqual([]);
    expect(problems.map((p) => [p.line, p.article])).toEqual([[1, 'Cursed Lighthouse Story']]);
  });

  it('blames no article when none fails alone, and throws as before', () => {
    const { articles } = parseInput(
      `${[LINES[0], story('Twin Mills', 'Ola Brenn'), story('Twin Docks', 'Ivo Lask')].join('\n')}\n`,
      'wire.jsonl',
    );
    expect(() => extractIsolating(articles)).toThrow(RangeError);
  });

  it('reads a folder through ingest() with the same isolation', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'kg-isolate-'));
    try {
      await writeFile(join(dir, 'wire.jsonl'), `${LINES.join('\n')}\n`);
      const doc = await ingest(dir);
      expect(doc.articles).toHaveLength(3);
      expect(doc.problems!.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([2, 4]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
