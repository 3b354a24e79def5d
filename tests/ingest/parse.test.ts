import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/ingest/parse.js';
import { isoDate, parseDate } from '../../src/ingest/dates.js';

const ARTICLE = `Harbour Workers Strike Over Pay

Dock workers picket at the port of Gothenburg on Monday, March 3, 2031. (Nordic Press via AP)
Dock workers picket at the port of Gothenburg on Monday, March 3, 2031. (Nordic Press via AP)
TT

Harbour Workers Strike Over Pay

Dock workers picket at the port of Gothenburg on Monday, March 3, 2031. (Nordic Press via AP)
Dock workers picket at the port of Gothenburg on Monday, March 3, 2031. (Nordic Press via AP)

Thousands of dock workers walked out on Monday.

“We will not go back without a deal,” union leader Astrid Berg said.

Talks stall

The ministry said talks would resume next week.



Second Story Without Captions

Only a headline and a paragraph here.
`;

describe('parseCorpus', () => {
  const { articles, problems } = parseCorpus(ARTICLE, 'sample.txt');

  it('splits articles on wide gaps and reads headline, captions, subheadings and paragraphs', () => {
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(2);
    const [a, b] = articles;
    expect(a!.title).toBe('Harbour Workers Strike Over Pay');
    expect(a!.captions).toEqual([
      'Dock workers picket at the port of Gothenburg on Monday, March 3, 2031. (Nordic Press via AP)',
    ]);
    expect(a!.subheadings).toEqual(['Talks stall']);
    expect(a!.paragraphs).toEqual([
      'Thousands of dock workers walked out on Monday.',
      '“We will not go back without a deal,” union leader Astrid Berg said.',
      'The ministry said talks would resume next week.',
    ]);
    expect(a!.publishedAt).toBe('2031-03-03');
    expect(a!.origin).toEqual({ file: 'sample.txt', line: 1 });
    expect(b!.title).toBe('Second Story Without Captions');
    expect(b!.paragraphs).toEqual(['Only a headline and a paragraph here.']);
    expect(b!.publishedAt).toBeNull();
  });

  it('gives stable ids that do not depend on position', () => {
    expect(parseCorpus(ARTICLE, 'sample.txt').articles.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(articles[0]!.id).toMatch(/^art_harbour_workers_strike_over_pay_[0-9a-f]{24}$/);
    const [second, first] = ARTICLE.split('\n\n\n\n');
    const swapped = parseCorpus(`${first}\n\n\n${second}`, 'other.txt').articles;
    expect(swapped.map((a) => a.id)).toEqual([articles[1]!.id, articles[0]!.id]);
  });

  it('reports what it cannot parse with file and line, never silently', () => {
    expect(parseCorpus('', 'empty.txt').problems).toEqual([
      { file: 'empty.txt', line: 1, severity: 'error', message: expect.stringMatching(/empty/) },
    ]);
    expect(parseCorpus('abc\u0000def', 'bin.txt').problems[0]!.message).toMatch(/binary/);
    const headlineOnly = parseCorpus('Lonely Headline\n\n\n\nAnother Story\n\nWith a body.\n', 'x.txt');
    expect(headlineOnly.articles.map((a) => a.title)).toEqual(['Another Story']);
    expect(headlineOnly.problems).toEqual([
      {
        file: 'x.txt',
        line: 1,
        severity: 'error',
        article: 'Lonely Headline',
        message: expect.stringMatching(/no body/),
      },
    ]);
    const huge = parseCorpus(`Title\n\n${'x'.repeat(30_000)}\n`, 'huge.txt');
    expect(huge.problems[0]).toMatchObject({ file: 'huge.txt', line: 3 });
  });
});

describe('parseDate', () => {
  it.each([
    ['on Tuesday, Feb. 15, 2022, tanks', '2022-02-15'],
    ['taken on January 13, 2026 from', '2026-01-13'],
    ['Kharkiv, 03 January 2026, amid', '2026-01-03'],
    ['published 2024-11-05 at noon', '2024-11-05'],
    ['Sept. 9, 2023', '2023-09-09'],
    ['no date here', null],
  ])('%s', (text, expected) => expect(parseDate(text)).toBe(expected));

  it('takes any "(Agency/Photographer)" credit and whatever shares a block with the marker as captions', () => {
    const text = `Storm Hits the Coast

Waves break over a sea wall in Tromso, Norway, on Friday, Jan. 9, 2032. (Nordlys Bilder/Kari Holm)
Waves break over a sea wall in Tromso, Norway, on Friday, Jan. 9, 2032. (Nordlys Bilder/Kari Holm)
TT

Storm Hits the Coast

Waves break over a sea wall in Tromso, Norway, on Friday, Jan. 9, 2032. (Nordlys Bilder/Kari Holm)
Waves break over a sea wall in Tromso, Norway, on Friday, Jan. 9, 2032. (Nordlys Bilder/Kari Holm)

A storm closed roads along the coast on Friday.
`;
    const [article] = parseCorpus(text, 'storm.txt').articles;
    expect(article!.captions).toHaveLength(1);
    expect(article!.paragraphs).toEqual(['A storm closed roads along the coast on Friday.']);
    expect(article!.publishedAt).toBe('2032-01-09');
  });
});

describe('isoDate', () => {
  it.each([
    ['2031-03-04T23:30:00-05:00', '2031-03-04'],
    ['2031-03-04', '2031-03-04'],
    ['20310304T120000Z', '2031-03-04'],
    ['Tue, 04 Mar 2031 23:30:00 -0500', '2031-03-04'],
    ['March 4, 2031', '2031-03-04'],
    [1962316800, '2032-03-08'],
    [1962316800000, '2032-03-08'],
    ['1962316800', '2032-03-08'],
    ['2031-13-01', null],
    ['next week', null],
    [null, null],
    [{}, null],
  ])('%j', (value, expected) => expect(isoDate(value)).toBe(expected));
});
