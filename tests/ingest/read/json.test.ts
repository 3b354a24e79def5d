import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/ingest/parse.js';
import { arrayElements } from '../../../src/ingest/read/json.js';

const line = (record: unknown) => JSON.stringify(record);

const JSONL = [
  line({
    title: 'Dairy Cooperative Cuts Milk Price',
    text: 'The Nordmark dairy cooperative cut the price it pays farmers on Monday.\n\n“We had no choice,” chair Liv Aasen said.',
    publishedAt: '2031-08-04T06:00:00+02:00',
    url: 'https://farm-news.example/dairy-price?utm_source=feed',
    source: 'Farm News',
  }),
  '',
  line({
    headline: 'Rail Line Reopens After Landslide',
    body: 'Trains ran again on the valley line on Tuesday.\nEngineers cleared the last of the mud overnight.',
    date: 'August 5, 2031',
    link: 'https://rail-news.example/valley-line',
    source: { name: 'Rail News' },
  }),
  '{"title": "Broken", "text": "this line is not finished',
  line({ text: 'A record without a headline.' }),
  line({ title: 'No Body Here' }),
  line({ title: 'Odd Date', content: 'A story with a date nobody can read.', published: 'next Tuesday-ish' }),
  line(['an', 'array']),
].join('\n');

describe('JSON Lines', () => {
  const { articles, problems } = parseCorpus(JSONL, 'wire.jsonl');

  it('loads every good record with its fields', () => {
    expect(articles.map((a) => a.title)).toEqual([
      'Dairy Cooperative Cuts Milk Price',
      'Rail Line Reopens After Landslide',
      'Odd Date',
    ]);
    const [dairy, rail, odd] = articles;
    expect(dairy).toMatchObject({
      paragraphs: [
        'The Nordmark dairy cooperative cut the price it pays farmers on Monday.',
        '“We had no choice,” chair Liv Aasen said.',
      ],
      publishedAt: '2031-08-04',
      url: 'https://farm-news.example/dairy-price',
      source: 'Farm News',
      origin: { file: 'wire.jsonl', line: 1 },
    });
    expect(rail).toMatchObject({
      paragraphs: [
        'Trains ran again on the valley line on Tuesday.',
        'Engineers cleared the last of the mud overnight.',
      ],
      publishedAt: '2031-08-05',
      url: 'https://rail-news.example/valley-line',
      source: 'Rail News',
      origin: { file: 'wire.jsonl', line: 3 },
    });
    expect(odd!.publishedAt).toBeNull();
  });

  it('names file, line and what is wrong for every bad record', () => {
    const byLine = [...problems].sort((a, b) => a.line - b.line);
    expect(byLine.map((p) => [p.line, p.severity, p.message.replace(/ \(.*$/, '')])).toEqual([
      [4, 'error', 'not JSON'],
      [5, 'error', 'no title'],
      [6, 'error', 'no text'],
      [7, 'warning', 'bad date "next Tuesday-ish": not a date, left out'],
      [8, 'error', 'not an article object'],
    ]);
    expect(problems.every((p) => p.file === 'wire.jsonl')).toBe(true);
    expect(problems.find((p) => p.line === 6)!.article).toBe('No Body Here');
  });
});

describe('JSON arrays and objects', () => {
  it('reads an array, naming records by position and line', () => {
    const text = JSON.stringify(
      [
        { title: 'Tram Fares Frozen', text: 'Fares on the city trams will not rise this year.' },
        { title: 'Missing Text' },
        { title: 'Bridge Painted Red', text: ['The old bridge was painted red.', 'It took a month.'] },
      ],
      null,
      2,
    );
    const { articles, problems } = parseCorpus(text, 'batch.json');
    expect(articles.map((a) => a.title)).toEqual(['Tram Fares Frozen', 'Bridge Painted Red']);
    expect(articles[1]!.paragraphs).toEqual(['The old bridge was painted red.', 'It took a month.']);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'batch.json',
        record: 2,
        line: 6,
        severity: 'error',
        article: 'Missing Text',
      }),
    ]);
  });

  it('still loads the good records of an array with a broken one', () => {
    const text = [
      '[',
      '  {"title": "Good First", "text": "The first record is fine."},',
      '  {"title": "Broken", "text": "a string that never ends},',
      '  {"title": "Good Last", "text": "The last record is fine too."}',
      ']',
    ].join('\n');
    const { articles, problems } = parseCorpus(text, 'broken.json');
    expect(articles.map((a) => a.title)).toEqual(['Good First', 'Good Last']);
    expect(problems).toEqual([
      expect.objectContaining({
        record: 2,
        line: 3,
        severity: 'error',
        message: expect.stringMatching(/^not JSON/),
      }),
    ]);
  });

  it('reads a single object, a wrapper of records, and HTML text', () => {
    const single = parseCorpus(
      line({ title: 'One', text: '<p>First <b>bold</b> paragraph.</p><p>Second.</p>' }),
      'one.json',
    );
    expect(single.articles[0]!.paragraphs).toEqual(['First bold paragraph.', 'Second.']);
    const wrapped = parseCorpus(
      line({ articles: [{ title: 'Wrapped', text: 'Inside a wrapper.' }] }),
      'w.json',
    );
    expect(wrapped.articles.map((a) => a.title)).toEqual(['Wrapped']);
  });

  it('reports a file that is not JSON at all', () => {
    expect(parseCorpus('this is not json', 'x.json').problems).toEqual([
      expect.objectContaining({
        file: 'x.json',
        line: 1,
        severity: 'error',
        message: expect.stringMatching(/^not JSON/),
      }),
    ]);
  });
});

describe('arrayElements', () => {
  it('finds top-level elements and their lines, respecting strings and nesting', () => {
    const text = '[\n {"a": "x,]"},\n [1, [2]],\n "s"\n]';
    expect(arrayElements(text)).toEqual([
      { text: '{"a": "x,]"}', line: 2 },
      { text: '[1, [2]]', line: 3 },
      { text: '"s"', line: 4 },
    ]);
  });
});
