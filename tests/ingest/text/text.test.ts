/**
 * The text layer: tokens with offsets, quotations paired across paragraphs, sentences that never
 * cut a quotation. Paragraphs written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../../src/ingest/text/article-text.js';
import { tokenize } from '../../../src/ingest/text/tokens.js';

const texts = (paragraphs: string[]) => {
  const a = readArticleText(paragraphs);
  return {
    a,
    sentences: a.sentences.map((s) => a.text.slice(s.start, s.end)),
    quotes: a.quotes.map((q) => a.text.slice(q.innerStart, q.innerEnd)),
  };
};

describe('tokens', () => {
  it('keeps offsets, abbreviations, dotted acronyms and possessives apart', () => {
    const tokens = tokenize("Sen. Ola Brandt's aide told the U.S. panel ''no'' about the 46-year-old.");
    expect(tokens.map((t) => t.text)).toEqual([
      'Sen.',
      'Ola',
      'Brandt',
      "'s",
      'aide',
      'told',
      'the',
      'U.S.',
      'panel',
      "''",
      'no',
      "''",
      'about',
      'the',
      '46-year-old',
      '.',
    ]);
    expect(tokens.find((t) => t.text === "'s")!.kind).toBe('possessive');
    expect(tokens.find((t) => t.text === "''")!.kind).toBe('quote');
    const text = "Sen. Ola Brandt's aide";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads a plural possessive as a possessive, not a closing quote', () => {
    expect(tokenize('the farmers’ plan').map((t) => t.kind)).toEqual(['word', 'word', 'possessive', 'word']);
  });
});

describe('quotations', () => {
  it('links a quote left open at a paragraph end to the one reopening the next paragraph', () => {
    const { a, quotes } = texts([
      'Mira Holt said: "We will rebuild the bridge.',
      '"And we will do it by spring," she said.',
    ]);
    expect(quotes).toEqual(['We will rebuild the bridge.', 'And we will do it by spring,']);
    expect(a.quotes[0]!.continued).toBe(true);
    expect(a.quotes[1]!.continues).toBe(0);
    expect(a.quotes.some((q) => q.unbalanced)).toBe(false);
  });

  it('flags a quote that never closes and ends it with its paragraph', () => {
    const { a } = texts(['The mayor said "the road is closed.', 'Traffic was diverted.']);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.unbalanced).toBe(true);
    expect(a.text.slice(a.quotes[0]!.innerStart, a.quotes[0]!.innerEnd)).toBe('the road is closed.');
  });
});

describe('sentences', () => {
  it('never cuts a quotation, and keeps initials and titles inside sentences', () => {
    const { sentences } = texts(['"We tried. We failed," said Gov. Ana R. Duarte. Nobody replied.']);
    expect(sentences).toEqual(['"We tried. We failed," said Gov. Ana R. Duarte.', 'Nobody replied.']);
  });

  it('keeps a name and a cue after a question in quotes in the same sentence', () => {
    const { sentences } = texts(['"Who pays for this?" Councillor Ben Ota asked. The vote was delayed.']);
    expect(sentences).toEqual(['"Who pays for this?" Councillor Ben Ota asked.', 'The vote was delayed.']);
  });

  it('ends a sentence after an abbreviation that can close one, before a sentence opener', () => {
    const { sentences } = texts(['The plant belongs to Harlow Inc. The company was sold.']);
    expect(sentences).toEqual(['The plant belongs to Harlow Inc.', 'The company was sold.']);
  });

  it('ends no sentence inside a closed parenthesis or a state initialism; an unclosed one does not hold', () => {
    expect(texts(['Sen. Ana Tull (D-N.Y.) spoke. The crowd (it was small. Very) left.']).sentences).toEqual([
      'Sen. Ana Tull (D-N.Y.) spoke.',
      'The crowd (it was small. Very) left.',
    ]);
    expect(texts(['A typo (never closed. Then more.']).sentences).toEqual([
      'A typo (never closed.',
      'Then more.',
    ]);
  });

  it('tells a title-case heading from a sentence full of names', () => {
    const { a } = texts(['Port Strike Ends After Three Weeks', 'Ana Tull met Ben Ota in Oslo.']);
    expect(a.sentences.map((s) => s.titleCase)).toEqual([true, false]);
  });
});
