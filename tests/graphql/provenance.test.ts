/**
 * Provenance: every statement's spans slice its article's text, and the slices make up the
 * statement (quotation marks and whitespace aside), on the hand-written fixture, on a quote split
 * by its attribution, and on the seed corpus as extraction reads it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractOrFail } from '../../src/cli/seed.js';
import type { ExtractionDocument } from '../../src/domain/document.js';
import { createApp } from '../../src/server.js';
import { gql } from '../support/graphql-client.js';
import { openSeededStore } from '../support/seeded-store.js';

const QUERY = `{ statements(first: 100) { totalCount edges { node { text spans { start end } article { text paragraphs url source } } } } }`;
const plain = (text: string) =>
  text
    .replace(/["“”‘’«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Served {
  text: string;
  spans: { start: number; end: number }[];
  article: { text: string; paragraphs: string[]; url: string | null; source: string | null };
}

async function servedStatements(doc: ExtractionDocument): Promise<Served[]> {
  const seeded = await openSeededStore(doc);
  try {
    const { body } = await gql<{ statements: { totalCount: number; edges: { node: Served }[] } }>(
      createApp(seeded.store),
      QUERY,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.statements.totalCount).toBeLessThanOrEqual(100);
    return body.data!.statements.edges.map((e) => e.node);
  } finally {
    await seeded.cleanup();
  }
}

function expectSpansMakeUpText(statements: Served[]) {
  expect(statements.length).toBeGreaterThan(0);
  for (const s of statements) {
    expect(s.article.text).toBe(s.article.paragraphs.join('\n\n'));
    expect(s.spans.length).toBeGreaterThan(0);
    for (const span of s.spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(s.article.text.length);
      expect(span.start).toBeLessThan(span.end);
    }
    const slices = s.spans.map((span) => s.article.text.slice(span.start, span.end)).join(' ');
    expect(plain(slices)).toBe(plain(s.text));
  }
}

async function extracted(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'kg-provenance-'));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return await extractOrFail(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('statement spans', () => {
  it('slice the article text on the hand-written fixture', async () => {
    const { apiFixture } = await import('../support/api-fixture.js');
    expectSpansMakeUpText(await servedStatements(apiFixture()));
  });

  it('are two for a quote split by its attribution, and the article keeps url and source', async () => {
    const doc = await extracted({
      'wire.jsonl':
        JSON.stringify({
          title: 'Harbour Stays Open',
          text: 'Port workers met on Monday.\n\n“The harbour will stay open,” Tunde Okafor said, “and the ships will sail on time.”',
          url: 'https://news.example/harbour-open?utm_medium=social',
          source: 'Example Wire',
        }) + '\n',
    });
    const statements = await servedStatements(doc);
    const split = statements.find((s) => s.spans.length === 2)!;
    expect(split).toBeDefined();
    expect(split.spans.map((span) => split.article.text.slice(span.start, span.end))).toEqual(
      ['The harbour will stay open,', 'and the ships will sail on time.'].map((t) =>
        expect.stringContaining(t.replace(/[,.]$/, '')),
      ),
    );
    expect(split.article).toMatchObject({ url: 'https://news.example/harbour-open', source: 'Example Wire' });
    expectSpansMakeUpText(statements);
  });

  it('slice the article text on the seed corpus', async () => {
    expectSpansMakeUpText(await servedStatements(await extractOrFail('seed/articles.txt')));
  });
});
