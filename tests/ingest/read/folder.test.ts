import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/ingest/read-corpus.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-folder-'));
  const fixtures = new URL('./fixtures/', import.meta.url);
  await copyFile(new URL('ferry-strike.html', fixtures), join(dir, 'b-page.html'));
  await copyFile(new URL('coastline.rss', fixtures), join(dir, 'c-feed.rss'));
  await writeFile(
    join(dir, 'a-wire.jsonl'),
    [
      JSON.stringify({ title: 'Wire One', text: 'The first wire story.', url: 'https://wire.example/one' }),
      '{"title": "broken',
      JSON.stringify({ title: 'Wire Two', text: 'The second wire story.' }),
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'd-plain.txt'),
    'Plain Story\nThe first line is a paragraph.\n“A quote that runs on.\n“And ends here,” said Mira Koss.\n',
  );
  await writeFile(join(dir, 'e-notes.md'), '# Not a corpus\n');
  await writeFile(
    join(dir, 'f-copy.json'),
    JSON.stringify({ title: 'Wire Two', text: 'The second wire story.', url: 'https://other.example/two' }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a folder of mixed formats', () => {
  it('reads every supported file in name order, each in its own format, as one corpus', async () => {
    const { articles, problems } = await readCorpus(dir);
    expect(articles.map((a) => a.title)).toEqual([
      'Wire One',
      'Wire Two',
      'Ferry operators halt crossings as pay talks collapse',
      'Harbour board approves new breakwater',
      'Lighthouse keeper retires after forty years',
      'Plain Story',
      'Wire Two',
    ]);
    expect(articles.at(-1)!.copyOf).toBe(articles[1]!.id);
    expect(articles.find((a) => a.title === 'Plain Story')!.paragraphs).toHaveLength(3);
    expect(problems.map((p) => [p.file.replace(dir, ''), p.line, p.severity])).toEqual([
      ['/e-notes.md', 0, 'note'],
      ['/a-wire.jsonl', 2, 'error'],
      ['/c-feed.rss', 27, 'error'],
    ]);
  });

  it('reports a folder with nothing it can read', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'kg-folder-empty-'));
    await writeFile(join(empty, 'image.png'), Buffer.from([0x89, 0x50]));
    const { articles, problems } = await readCorpus(empty);
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.severity)).toEqual(['note', 'error']);
    expect(problems[1]!.message).toMatch(/no files to read/);
    await rm(empty, { recursive: true, force: true });
  });
});
