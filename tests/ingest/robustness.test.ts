/**
 * Extraction never throws, whatever the words: articles assembled at random (a fixed seed, so a
 * failure reproduces) from the pieces that steer the rules — names, titles, cues, quote marks,
 * dashes, capitals, abbreviations — in every position, including last in the text.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../src/domain/document.js';
import { extract } from '../../src/ingest/index.js';

const PIECES =
  `Ivo Dahl said told the company Korvex " “ ” , . : - — ― Photo: Credit: Herald Minister Finance of in
  Oslo Norway according to he she May THE IS Mr. Jr. who which that added warned ( ) 's Times reported union
  workers on Monday 2031 12 percent strike attack killed protest ? ! '' a is not Sen. Rep. D-Ore. Chairperson
  Commission United Nations UN earlier says secretary State Former Rival Dock`.split(/\s+/);

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function articles(seed: number, count: number): ArticleDoc[] {
  const next = random(seed);
  const words = (n: number) =>
    Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `art_${i}`,
    title: words(1 + Math.floor(next() * 6)),
    publishedAt: '2031-05-01',
    captions: next() < 0.3 ? [words(1 + Math.floor(next() * 5))] : [],
    paragraphs: Array.from({ length: 1 + Math.floor(next() * 3) }, () => words(1 + Math.floor(next() * 14))),
  }));
}

describe('extraction on any text', () => {
  it('never throws, one article at a time or as a corpus', () => {
    for (const seed of [1, 2, 3]) {
      const batch = articles(seed, 300);
      for (const a of batch) expect(() => extract([a])).not.toThrow();
      expect(() => extract(batch)).not.toThrow();
    }
  });

  it('a caption or a paragraph that ends on an unknown capitalised word ("Photo: Herald")', () => {
    const doc = extract([
      {
        id: 'a',
        title: 'Bus service resumes',
        publishedAt: '2031-05-01',
        captions: ['A bus on Quay Street. Photo: Herald'],
        paragraphs: ['Buses ran again on Monday, the council said.', 'Picture: Lornhaven'],
      },
    ]);
    expect(doc.statements.map((s) => s.text)).toEqual(['Buses ran again on Monday']);
  });
});
