import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/ingest/parse.js';
import { unbalancedQuote } from '../../../src/ingest/read/quotes.js';

describe('unbalancedQuote', () => {
  it('accepts a quote left open at a paragraph end and reopened in the next, in any style', () => {
    expect(unbalancedQuote(['“We will stay.', '“We will not move,” she said.'])).toBeNull();
    expect(unbalancedQuote(['"We will stay.', '"We will stay.', '"We will not move," she said.'])).toBeNull();
    expect(unbalancedQuote(['«Nous restons.', '«Nous ne partirons pas», dit-elle.'])).toBeNull();
    expect(unbalancedQuote(['He said “yes” and left.', 'Nothing more.'])).toBeNull();
  });

  it('finds a quote that is never closed, or not reopened, or closed without opening', () => {
    expect(unbalancedQuote(['Intro.', '“This never ends.'])).toEqual({
      paragraph: 1,
      message: 'a quote opened in paragraph 2 is never closed',
    });
    expect(unbalancedQuote(['“Open here.', 'A plain paragraph.', 'Another.'])?.message).toBe(
      'a quote opened in paragraph 1 is neither closed nor reopened in paragraph 2',
    );
    expect(unbalancedQuote(['Fine.', 'This closes nothing.” he said.'])).toEqual({
      paragraph: 1,
      message: 'paragraph 2 closes a quote (”) that was never opened',
    });
  });
});

describe('articles with unbalanced quotes', () => {
  it('load, with a warning naming file, line and article', () => {
    const text =
      'Good Story\n\nAll fine here.\n\n\n\nQuote Trouble\n\nIntro line.\n\n“This quote never ends.\n\nThe story goes on.\n';
    const { articles, problems } = parseCorpus(text, 'quotes.txt');
    expect(articles.map((a) => a.title)).toEqual(['Good Story', 'Quote Trouble']);
    expect(problems).toEqual([
      {
        file: 'quotes.txt',
        line: 11,
        severity: 'warning',
        article: 'Quote Trouble',
        message: 'a quote opened in paragraph 2 is neither closed nor reopened in paragraph 3',
      },
    ]);
  });
});
