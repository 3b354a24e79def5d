import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/ingest/parse.js';
import { bodyFromBlocks, blocksOf } from '../../../src/ingest/read/lines.js';

const paragraphsOf = (text: string) => bodyFromBlocks(blocksOf(text)).paragraphs;

describe('plain text, one paragraph per line', () => {
  it('reads a headline and lines without any blank line between them', () => {
    const text = [
      'Mill Town Votes to Keep Its Library Open',
      'Residents of Brennholm voted on Sunday to keep the town library open for another five years.',
      'The council had proposed closing it to save money on heating and staff.',
      '“A town without books is a town without a future,” said librarian Oskar Lind.',
    ].join('\n');
    const { articles, problems } = parseCorpus(text, 'mill.txt');
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('Mill Town Votes to Keep Its Library Open');
    expect(articles[0]!.paragraphs).toHaveLength(3);
    expect(articles[0]!.captions).toEqual([]);
  });

  it('reads lines after a blank line under the headline, and keeps a quote running across them', () => {
    const text = [
      'Glacier Guides Warn of Thin Ice',
      '',
      'Mountain guides in Vatnsdal closed two routes across the glacier on Friday.',
      '“The ice has never been this thin in June.',
      '“We will not take anyone across until the nights turn cold again,” guide Hekla Borg said.',
      'The park office said the closure would last at least a week.',
      '',
      '',
      '',
      'Second Story',
      '',
      'Only one paragraph here.',
    ].join('\n');
    const { articles, problems } = parseCorpus(text, 'glacier.txt');
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.paragraphs.length)).toEqual([4, 1]);
    expect(articles[0]!.paragraphs[1]).toBe('“The ice has never been this thin in June.');
  });

  it('splits articles on two or more blank lines in line-per-paragraph text', () => {
    const text = 'First Headline\nOne line.\nTwo lines.\n\n\nSecond Headline\nThree lines.\n';
    expect(parseCorpus(text, 'x.txt').articles.map((a) => [a.title, a.paragraphs.length])).toEqual([
      ['First Headline', 2],
      ['Second Headline', 1],
    ]);
  });

  it('keeps short lines without closing punctuation as subheadings', () => {
    const text =
      'Budget Passes\n\nThe budget passed on Tuesday.\nSpending cuts\nSchools lose two teachers each.\n';
    const [article] = parseCorpus(text, 'x.txt').articles;
    expect(article!.subheadings).toEqual(['Spending cuts']);
    expect(article!.paragraphs).toEqual(['The budget passed on Tuesday.', 'Schools lose two teachers each.']);
  });

  it('joins a paragraph broken in the middle of a sentence', () => {
    expect(
      paragraphsOf(
        'The mayor said the plan would go ahead despite\nthe objections of three councillors.\nNext paragraph.',
      ),
    ).toEqual([
      'The mayor said the plan would go ahead despite the objections of three councillors.',
      'Next paragraph.',
    ]);
    // Across a blank line too: a paragraph never ends mid-sentence.
    expect(paragraphsOf('Talks continued into\n\nthe night, officials said.')).toEqual([
      'Talks continued into the night, officials said.',
    ]);
  });
});

describe('plain text, hard-wrapped paragraphs', () => {
  it('joins the lines of a wrapped paragraph and keeps blocks apart', () => {
    const text = [
      'The harbour authority said on Wednesday that the new quay would open',
      'in the spring, two years later than planned, after storms damaged the',
      'foundations twice during construction.',
      '',
      'Work on the second quay will start next year.',
    ].join('\n');
    expect(paragraphsOf(text)).toEqual([
      'The harbour authority said on Wednesday that the new quay would open in the spring, two years later ' +
        'than planned, after storms damaged the foundations twice during construction.',
      'Work on the second quay will start next year.',
    ]);
  });

  it('does not take a subheading line followed by a long paragraph for wrapped text', () => {
    const long =
      'World markets fell on Monday as traders weighed the chance of higher rates, and the fall ' +
      'spread from Asia to Europe before the opening in New York.';
    const body = bodyFromBlocks(blocksOf(`Investors wary\n${long}`));
    expect(body.subheadings).toEqual(['Investors wary']);
    expect(body.paragraphs).toEqual([long]);
  });
});

describe("today's corpus format", () => {
  it('still reads captions under the headline when a body follows in later blocks', () => {
    const text = [
      'Storm Closes Mountain Pass',
      'Snow covers the road at the top of the pass on Monday, Jan. 5, 2032. (Highland Press/Ola Dahl)',
      '',
      'The mountain pass was closed on Monday after heavy snow.',
    ].join('\n');
    const [article] = parseCorpus(text, 'x.txt').articles;
    expect(article!.captions).toHaveLength(1);
    expect(article!.paragraphs).toEqual(['The mountain pass was closed on Monday after heavy snow.']);
    expect(article!.publishedAt).toBe('2032-01-05');
  });

  it('reads a heading and a body written in one block, marker included, without blank lines', () => {
    const caption = 'Boats wait in the harbour at Ravnsby on Friday, May 2, 2031. (Coast Press/Ida Berg)';
    const text = [
      'Ferry Strike Ends After Two Weeks',
      caption,
      'TT',
      'Ferry Strike Ends After Two Weeks',
      caption,
      'The ferry crews of Ravnsby returned to work on Friday after a two-week strike.',
      'Their union said the new contract raised pay by six percent.',
    ].join('\n');
    const { articles, problems } = parseCorpus(text, 'ferry.txt');
    expect(problems).toEqual([]);
    expect(articles[0]!.captions).toEqual([caption]);
    expect(articles[0]!.paragraphs).toEqual([
      'The ferry crews of Ravnsby returned to work on Friday after a two-week strike.',
      'Their union said the new contract raised pay by six percent.',
    ]);
  });

  it('reads one file even when another article in it is broken, and names the broken one', () => {
    const text =
      'Good One\n\nA good paragraph.\n\n\n\nHeadline Alone\n\n\n\nGood Two\n\nAnother good paragraph.\n';
    const { articles, problems } = parseCorpus(text, 'mixed.txt');
    expect(articles.map((a) => a.title)).toEqual(['Good One', 'Good Two']);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'mixed.txt', line: 7, severity: 'error', article: 'Headline Alone' }),
    ]);
  });

  it('strips a few stray control characters with a warning, but refuses a file full of them', () => {
    const stray = parseCorpus('Headline\n\nBody \u0007 with a bell.\n', 'bell.txt');
    expect(stray.articles[0]!.paragraphs).toEqual(['Body with a bell.']);
    expect(stray.problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/control/) }),
    ]);
    const binaryish = parseCorpus(`Headline\n\n${'\u0001\u0002\u0003 '.repeat(50)}\n`, 'junk.txt');
    expect(binaryish.articles).toEqual([]);
    expect(binaryish.problems[0]).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/control characters/),
    });
  });
});
