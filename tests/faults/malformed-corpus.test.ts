/**
 * Twenty malformed corpus files: each is refused with an error naming the file and the problem,
 * and the graph seeded before stays exactly as it was.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, SeedInputError } from '../../src/cli/seed.js';
import type { Counts } from '../../src/store/graph-store.js';
import { openSeededStore } from '../support/seeded-store.js';

const GOOD = 'A Headline\n\nA body paragraph that says something.\n';

const CASES: [name: string, content: string | Buffer, problem: RegExp][] = [
  ['empty', '', /empty file/],
  ['whitespace only', ' \n\n \t\n', /empty file/],
  ['binary with NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x0a]), /binary/],
  ['latin-1 encoded', Buffer.from('Caf\xe9 headline\n\nBody text na\xefve.\n', 'latin1'), /not valid UTF-8/],
  ['UTF-16 with BOM', Buffer.from('\ufeffHeadline\n\nBody.\n', 'utf16le'), /binary|UTF-8/],
  ['PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary|UTF-8/],
  ['huge line', `Headline\n\n${'word '.repeat(10_000)}\n`, /longer than/],
  ['only captions', 'Rescuers at the site, January 3, 2026. (AP)\nRescuers at the site, January 3, 2026. (AP)\nTT\n', /no body/],
  ['headline only', 'Just A Headline\n', /no body/],
  ['unbalanced quotes', 'Headline\n\n"This quote never ends.\n\nThe story goes on without it.\n', /never closed/],
  ['only the outlet marker', 'TT\n', /no body/],
  ['only subheadings', 'Headline\n\nInvestors wary\n\nDay of unity\n', /no body/],
  ['control characters', 'Headline\n\nBody \u0007 with a bell.\n', /control character/],
  ['a NUL inside an article', `${GOOD.slice(0, 20)}\u0000${GOOD.slice(20)}`, /binary/],
  ['headline too long', `${'Very long headline '.repeat(20)}\n\nBody.\n`, /too long/],
  ['JSON instead of text', '{"articles": [{"title": "x"}]}\n', /no body/],
  ['blank lines only', '\n\n\n\n', /empty file/],
  ['a good article then a headline without body', `${GOOD}\n\n\nSecond Headline\n`, /no body/],
  ['carriage returns only, no body', 'Headline\r\r\r', /no body/],
  ['a lone opening curly quote', 'Headline\n\n“Unclosed curly quote here.\n', /never closed/],
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

describe('malformed corpus files', () => {
  it('has twenty cases', () => expect(CASES).toHaveLength(20));

  it.each(CASES)('%s: refused with file and problem, graph unchanged', async (name, content, problem) => {
    const dir = join(work, name.replace(/\W+/g, '-'));
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'corpus.txt');
    await writeFile(file, content);
    const error = await seed(seeded.store, dir, () => {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedInputError);
    const message = (error as Error).message;
    expect(message).toContain('corpus.txt');
    expect(message).toMatch(problem);
    expect(message).not.toContain('\n');
    expect(await seeded.store.counts()).toEqual(before);
  });

  it('refuses a folder without .txt files', async () => {
    const dir = join(work, 'no-text');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'notes.md'), '# not a corpus');
    await expect(seed(seeded.store, dir, () => {})).rejects.toThrow(/no \.txt files/);
    expect(await seeded.store.counts()).toEqual(before);
  });
});
