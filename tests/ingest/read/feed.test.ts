import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/ingest/parse.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('RSS 2.0', () => {
  const { articles, problems } = parseCorpus(fixture('coastline.rss'), 'coastline.rss');

  it('uses content:encoded where present, its HTML as paragraphs, without the feed footer and share link', () => {
    expect(articles[0]).toMatchObject({
      title: 'Harbour board approves new breakwater',
      paragraphs: [
        'The harbour board voted seven to two on Monday to build a new breakwater at the mouth of the bay.',
        '“This wall will keep the fishing fleet safe for the next fifty years,” board chair Dagny Reiersen said after the vote.',
        'Two members said the budget of 40 million crowns was too low. “We have seen this before,” said member Tor Vassbotn.',
      ],
      subheadings: ['Cost concerns'],
      url: 'https://coastline-wire.example/2031/06/harbour-board-breakwater',
      source: 'Coastline Wire',
      // Written as 23:15 at -05:00: the publisher's date, not UTC's next day.
      publishedAt: '2031-06-02',
      origin: { file: 'coastline.rss', line: 7 },
    });
  });

  it('falls back to the description', () => {
    expect(articles[1]).toMatchObject({
      title: 'Lighthouse keeper retires after forty years',
      paragraphs: [
        'Eldbjorg Nesse, the last keeper of the Skarholmen light, handed over the keys on Tuesday.',
      ],
      publishedAt: '2031-06-03',
    });
  });

  it('names the item and its line when an item cannot be read', () => {
    expect(articles).toHaveLength(2);
    expect(problems).toEqual([
      { file: 'coastline.rss', line: 27, record: 3, severity: 'error', message: 'item has no title' },
    ]);
  });
});

describe('Atom', () => {
  it('uses the full content over the summary, else the summary', () => {
    const { articles, problems } = parseCorpus(fixture('fjord-news.atom'), 'fjord-news.atom');
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.title, a.paragraphs, a.publishedAt, a.url, a.source])).toEqual([
      [
        'Salmon farms ordered to move pens',
        [
          'The fisheries authority ordered four salmon farms to move their pens further from the river mouths.',
          '“The wild stock cannot take another bad year,” said inspector Halvard Mykland.',
        ],
        '2031-07-01',
        'https://fjord-news.example/articles/salmon-pens',
        'Fjord News',
      ],
      [
        'Ferry timetable changes for the summer',
        ['Extra evening departures start on Monday, the operator said.'],
        '2031-06-28',
        'https://fjord-news.example/articles/summer-timetable',
        'Fjord News',
      ],
    ]);
  });
});

describe('broken feeds', () => {
  it('reports XML that is no feed, naming the file', () => {
    const { articles, problems } = parseCorpus(
      '<?xml version="1.0"?><catalog><book>Not news</book></catalog>',
      'books.xml',
    );
    expect(articles).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'books.xml',
        severity: 'error',
        message: expect.stringMatching(/not an RSS or Atom feed/),
      }),
    ]);
  });

  it('reports a feed without items', () => {
    const empty = '<rss version="2.0"><channel><title>Quiet</title></channel></rss>';
    expect(parseCorpus(empty, 'quiet.rss').problems).toEqual([
      expect.objectContaining({ message: 'the feed has no items' }),
    ]);
  });
});
