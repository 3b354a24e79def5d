/**
 * Malformed input. A file from which nothing can be read is refused with an error naming the file
 * and the problem, and the graph seeded before stays exactly as it was. An article with a caveat
 * (an unbalanced quote, a stray control character, a bad date) loads with a warning, and
 * `--strict` refuses it. One bad article never costs the others.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractOrFail, seed, SeedInputError } from '../../src/cli/seed.js';
import type { Counts } from '../../src/store/graph-store.js';
import { openStore } from '../../src/store/index.js';
import { openSeededStore } from '../support/seeded-store.js';

const GOOD = 'A Headline\n\nA body paragraph that says something.\n';

const REFUSED: [name: string, content: string | Buffer, problem: RegExp][] = [
  ['empty', '', /empty file/],
  ['whitespace only', ' \n\n \t\n', /empty file/],
  ['binary with NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x0a]), /binary/],
  ['latin-1 encoded', Buffer.from('Caf\xe9 headline\n\nBody text na\xefve.\n', 'latin1'), /not valid UTF-8/],
  ['UTF-16 with BOM', Buffer.from('\ufeffHeadline\n\nBody.\n', 'utf16le'), /binary|UTF-8/],
  ['PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary|UTF-8/],
  ['huge line', `Headline\n\n${'word '.repeat(10_000)}\n`, /longer than/],
  [
    'only captions',
    'Rescuers at the site, January 3, 2026. (AP)\nRescuers at the site, January 3, 2026. (AP)\nTT\n',
    /no body/,
  ],
  ['headline only', 'Just A Headline\n', /no body/],
  ['only the outlet marker', 'TT\n', /no body/],
  ['only subheadings', 'Headline\n\nInvestors wary\n\nDay of unity\n', /no body/],
  ['control characters throughout', `Headline\n\n${'\u0007\u0008 '.repeat(40)}\n`, /control characters/],
  ['a NUL inside an article', `${GOOD.slice(0, 20)}\u0000${GOOD.slice(20)}`, /binary/],
  ['headline too long', `${'Very long headline '.repeat(20)}\n\nBody.\n`, /too long/],
  ['JSON records without text', '{"articles": [{"title": "x"}]}\n', /no text/],
  ['blank lines only', '\n\n\n\n', /empty file/],
  ['carriage returns only, no body', 'Headline\r\r\r', /no body/],
  ['JSON Lines that are not JSON', '{"title": "A", "text": \n{"title": oops}\n', /not JSON/],
  ['a JSON array of nothing but numbers', '[1, 2, 3]', /not an article object/],
  [
    'an HTML page without article text',
    '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    /no article text/,
  ],
  [
    'an RSS feed without items',
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>',
    /no items/,
  ],
  [
    'an Atom feed whose entries have no title',
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>x</summary></entry></feed>',
    /no title/,
  ],
];

/** Each loads with a warning by default and is refused with --strict. */
const WARNED: [name: string, content: string, problem: RegExp][] = [
  [
    'unbalanced quotes',
    'Headline\n\n"This quote never ends.\n\nThe story goes on without it.\n',
    /neither closed nor reopened/,
  ],
  ['a lone opening curly quote', 'Headline\n\n“Unclosed curly quote here.\n', /never closed/],
  ['a stray control character', 'Headline\n\nBody \u0007 with a bell.\n', /control character/],
  ['an unreadable date', '{"title": "Dated", "text": "Some text.", "date": "soonish"}\n', /bad date/],
];

let seeded: Awaited<ReturnType<typeof openSeededStore>>;
let before: Counts;
let work: string;
beforeAll(async () => {
  seeded = await openSeededStore();
  before = await seeded.store.counts();
  work = await mkdtemp(join(tmpdir(), 'kg-malformed-'));
});
afterAll(async () => {
  await seeded?.cleanup();
  await rm(work, { recursive: true, force: true });
});

async function corpusFolder(name: string, content: string | Buffer) {
  const dir = join(work, name.replace(/\W+/g, '-'));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'corpus.txt'), content);
  return dir;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe('files from which nothing can be read', () => {
  it('has more than twenty cases', () => expect(REFUSED.length).toBeGreaterThan(20));

  it.each(REFUSED)('%s: refused with file and problem, graph unchanged', async (name, content, problem) => {
    const error = await failure(seed(seeded.store, await corpusFolder(name, content), () => {}));
    expect(error).toBeInstanceOf(SeedInputError);
    const message = (error as Error).message;
    expect(message).toContain('corpus.txt');
    expect(message).toMatch(problem);
    expect(message).not.toContain('\n');
    expect(await seeded.store.counts()).toEqual(before);
  });

  it('refuses a folder without any file it can read, noting what it skipped', async () => {
    const dir = join(work, 'no-text');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'notes.md'), '# not a corpus');
    const lines: string[] = [];
    await expect(seed(seeded.store, dir, (line) => lines.push(line))).rejects.toThrow(/no files to read/);
    expect(lines.some((l) => /notes\.md: note: skipped/.test(l))).toBe(true);
    expect(await seeded.store.counts()).toEqual(before);
  });
});

describe('articles with a caveat', () => {
  it.each(WARNED)('%s: loads with a warning naming file and line', async (name, content, problem) => {
    const doc = await extractOrFail(await corpusFolder(`warned ${name}`, content));
    expect(doc.articles).toHaveLength(1);
    expect(doc.problems).toEqual([
      expect.objectContaining({
        file: expect.stringContaining('corpus.txt'),
        severity: 'warning',
        message: expect.stringMatching(problem),
      }),
    ]);
    expect(doc.problems![0]!.line).toBeGreaterThan(0);
  });

  it.each(WARNED)('%s: refused with --strict, graph unchanged', async (name, content, problem) => {
    const dir = await corpusFolder(`strict ${name}`, content);
    const error = await failure(seed(seeded.store, dir, () => {}, { strict: true }));
    expect(error).toBeInstanceOf(SeedInputError);
    expect((error as Error).message).toMatch(/--strict/);
    expect((error as Error).message).toMatch(problem);
    expect(await seeded.store.counts()).toEqual(before);
  });
});

describe('one bad article among good ones', () => {
  it('loads the good ones and names the bad one', async () => {
    const dir = join(work, 'mixed');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'a.txt'),
      `${GOOD}\n\n\nHeadline Without Body\n\n\n\nAnother Headline\n\nAnother paragraph.\n`,
    );
    await writeFile(
      join(dir, 'b.jsonl'),
      '{"title": "Wire Story", "text": "Wire text."}\n{"title": broken}\n',
    );
    const dataDir = await mkdtemp(join(tmpdir(), 'kg-mixed-'));
    const store = await openStore({ KG_DATA_DIR: dataDir });
    try {
      const lines: string[] = [];
      const counts = await seed(store, dir, (line) => lines.push(line));
      expect(counts.nodes.Article).toBe(3);
      expect(lines).toContain(
        `${join(dir, 'a.txt')}:7: error: article "Headline Without Body": has a headline but no body paragraphs`,
      );
      expect(lines.some((l) => l.startsWith(`${join(dir, 'b.jsonl')}:2: error: not JSON`))).toBe(true);
      expect(lines).toContain('read 3 articles; 2 errors, 0 warnings, 0 notes');
    } finally {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
