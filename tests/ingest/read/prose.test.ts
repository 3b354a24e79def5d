import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/ingest/read/index.js';
import { judgeProse, paragraphEvidence, paragraphVerdict } from '../../../src/ingest/read/prose.js';

/** Deterministic bytes, so that a failure repeats: a linear congruential sequence. */
function pseudoBytes(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out[i] = x >> 16;
  }
  return out;
}
/** base64 as mail and PEM files wrap it: 76 characters a line. */
const wrapped = (text: string) => text.match(/.{1,76}/g)!.join('\n');

const verdictOf = (text: string) => paragraphVerdict(paragraphEvidence(text));

describe('paragraphVerdict: prose passes, whatever its length', () => {
  it.each([
    'Mara Vellin said on Tuesday that the ferry to Osterholm would run again by spring.',
    'Tariffs rise.',
    '"We will not sign," Dessa Korrin told reporters in Lundvik.',
    'Prices at the Kestrel Bay market rose 4.5 % in March, the third rise this year.',
    // No English closed-class word, but a sentence that ends: German prose.
    'Die Ministerin Lena Brandt sagte am Montag, der Hafen bleibe geschlossen.',
    "The U.S.-led talks, held in Brask's old town hall (a listed building), stalled.",
    // Written without spaces between words: long tokens, but sentences.
    '港口工人周一举行罢工，要求提高工资。',
  ])('%s', (text) => {
    expect(verdictOf(text)).toBeNull();
  });
});

describe('paragraphVerdict: what is not prose, and why', () => {
  it.each([
    ['--- *** ### 12 34', 'mostly digits and symbols'],
    ['2029 14.2 3,400 -0.7 18.9 2,210 +1.3 77.0', 'mostly digits and symbols'],
    ['Q3 4.1 3.9 12,004 11,870 0.35 0.31 2,200', 'mostly digits and symbols'],
    [randomBytes(57).toString('base64'), 'tokens that are not words'],
    ['00000010  7f 45 4c 46 02 01 01 00 00 00 00 00 00 00 00 00', 'mostly digits and symbols'],
    ['apple banana cherry delta echo foxtrot golf hotel', 'no sentences'],
  ])('%s: %s', (text, reason) => {
    expect(verdictOf(text)).toBe(reason);
  });

  it('refuses bytes read as text (binary data)', () => {
    expect(verdictOf(pseudoBytes(400).toString('latin1'))).not.toBeNull();
  });
});

describe('judgeProse: the body as a whole', () => {
  const prose = [
    'The harbour board of Kestrel Bay voted on Monday to raise landing fees for the first time in a decade.',
    'Ilse Marrow, who chairs the board, said the money would repair the north quay before winter.',
    'Fishermen said the rise would cost them more than the repairs were worth.',
  ];
  const table = ['Quay Berths Fee 2030 Fee 2031', 'North 14 120 135', 'South 9 95 110', 'East 22 140 150'];

  it('passes an article with a table inside it, on its prose', () => {
    expect(judgeProse([...prose.slice(0, 2), ...table, prose[2]!])).toMatchObject({ prose: true });
  });

  it('passes one short sentence', () => {
    expect(judgeProse(['Okoro said the strike would end on Friday.']).prose).toBe(true);
  });

  it('refuses a table with a line of prose above it, a dump, and nothing at all', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${2000 + i} ${i * 3.5} ${i * 120} ${(i % 7) - 3}`);
    expect(judgeProse(['Landing fees by year:', ...rows])).toMatchObject({
      prose: false,
      reason: 'mostly digits and symbols',
    });
    const dump = wrapped(pseudoBytes(3000).toString('base64')).split('\n');
    expect(judgeProse(dump)).toMatchObject({ prose: false, reason: 'tokens that are not words' });
    expect(judgeProse([])).toMatchObject({ prose: false });
  });
});

describe('every reader refuses what is not prose, and adds nothing', () => {
  const base64 = wrapped(pseudoBytes(45_000).toString('base64'));

  it('60 kB of base64 as plain text', () => {
    expect(base64.length).toBeGreaterThan(60_000);
    const { articles, problems } = parseInput(base64, 'blob.txt', 'text');
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^not prose: /)]);
  });

  it('JSON Lines whose text is base64, beside a real article that is kept', () => {
    const lines = [
      { title: 'Blob', text: pseudoBytes(3000).toString('base64') },
      { title: 'Quay Repairs Begin', text: 'Work on the north quay of Kestrel Bay began on Monday.' },
    ].map((r) => JSON.stringify(r));
    const { articles, problems } = parseInput(lines.join('\n'), 'feed.jsonl', 'jsonl');
    expect(articles.map((a) => a.title)).toEqual(['Quay Repairs Begin']);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        article: 'Blob',
        message: expect.stringMatching(/^not prose/),
      }),
    ]);
  });

  it('HTML whose paragraphs are base64', () => {
    const rows = wrapped(pseudoBytes(2000).toString('base64'))
      .split('\n')
      .map((line) => `<p>${line}</p>`);
    const html = `<html><head><title>Fees</title></head><body><article><h1>Fees</h1>${rows.join('')}</article></body></html>`;
    const { articles, problems } = parseInput(html, 'fees.html', 'html');
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^not prose/)]);
  });
});
