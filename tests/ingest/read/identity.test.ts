import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../src/domain/document.js';
import { articleText } from '../../../src/domain/article-text.js';
import { parseCorpus } from '../../../src/ingest/parse.js';
import { CorpusAssembler } from '../../../src/ingest/read/corpus.js';
import { articleId, contentHash, normaliseUrl } from '../../../src/ingest/read/identity.js';

describe('normaliseUrl', () => {
  it.each([
    ['HTTPS://News.Example.COM/World/Story-One/', 'https://news.example.com/World/Story-One'],
    ['https://news.example/a?utm_source=x&utm_medium=y&id=7#top', 'https://news.example/a?id=7'],
    ['https://news.example/a?fbclid=abc&gclid=def&ref=home', 'https://news.example/a'],
    ['https://news.example/a?b=2&a=1', 'https://news.example/a?a=1&b=2'],
    ['https://news.example:443/a', 'https://news.example/a'],
    ['https://news.example/', 'https://news.example'],
    ['http://news.example/a', 'http://news.example/a'],
  ])('%s', (raw, expected) => expect(normaliseUrl(raw)).toBe(expected));

  it('refuses what is not an absolute web URL', () => {
    for (const raw of ['/relative/path', 'mailto:desk@news.example', 'not a url', 'ftp://files.example/a']) {
      expect(normaliseUrl(raw)).toBeNull();
    }
  });
});

const story = {
  title: 'Harbour Strike Ends',
  paragraphs: ['Dock workers went back on Monday.', '“It is over,” she said.'],
};

describe('article ids', () => {
  it('come from the URL when there is one: the same page under another headline keeps its id', () => {
    const url = 'https://news.example/2031/harbour-strike-ends';
    const id = articleId({ ...story, url });
    expect(id).toMatch(/^art_harbour_strike_ends_[0-9a-f]{24}$/);
    expect(articleId({ ...story, title: 'Harbour Strike Over', url })).toBe(id);
    expect(articleId({ ...story, url: 'https://news.example/2031/another-story' })).not.toBe(id);
  });

  it('come from the text otherwise, whatever its quote, dash, case and whitespace styles', () => {
    const id = articleId(story);
    expect(id).toMatch(/^art_harbour_strike_ends_[0-9a-f]{24}$/);
    const restyled = {
      title: 'HARBOUR  STRIKE ENDS',
      paragraphs: ['Dock workers went back on Monday. ', '"It is over," she said.'],
    };
    expect(articleId(restyled)).toBe(id);
    expect(contentHash(restyled)).toBe(contentHash(story));
    expect(
      articleId({ ...story, paragraphs: ['Dock workers went back on Tuesday.', '“It is over,” she said.'] }),
    ).not.toBe(id);
  });

  it('do not depend on position: reordering a corpus keeps every id', () => {
    const a = 'First Story\n\nThe first paragraph.\n';
    const b = 'Second Story\n\nThe second paragraph.\n';
    const ids = (text: string) =>
      parseCorpus(text, 'x.txt')
        .articles.map((x) => x.id)
        .sort();
    expect(ids(`${a}\n\n\n${b}`)).toEqual(ids(`${b}\n\n\n${a}`));
  });
});

describe('copies and duplicates', () => {
  const doc = (id: string, hash: string, line: number): ArticleDoc => ({
    id,
    title: id,
    publishedAt: null,
    captions: [],
    paragraphs: ['x'],
    contentHash: hash,
    origin: { file: 'f.jsonl', line },
  });

  it('loads the same id once with a note, and marks the same text under another id as a copy', () => {
    const corpus = new CorpusAssembler();
    const first = corpus.add([doc('art_a', 'h1', 1), doc('art_b', 'h1', 2)]);
    expect(first.articles.map((a) => [a.id, a.copyOf])).toEqual([
      ['art_a', undefined],
      ['art_b', 'art_a'],
    ]);
    const second = corpus.add([doc('art_a', 'h1', 3), doc('art_c', 'h2', 4)]);
    expect(second.articles.map((a) => a.id)).toEqual(['art_c']);
    expect(second.problems).toEqual([
      expect.objectContaining({
        file: 'f.jsonl',
        line: 3,
        severity: 'note',
        message: expect.stringMatching(/f\.jsonl:1.*loaded once/),
      }),
    ]);
  });

  it('recognises syndicated copy across formats in one corpus', () => {
    const wire = {
      title: 'Storm Hits Coast',
      text: 'A storm hit the coast on Friday.\n\nRoads were closed.',
    };
    const jsonl = [
      JSON.stringify({ ...wire, url: 'https://first.example/storm', source: 'First' }),
      JSON.stringify({ ...wire, url: 'https://second.example/storm?utm_source=x', source: 'Second' }),
      JSON.stringify({ ...wire, url: 'https://second.example/storm', source: 'Second' }),
    ].join('\n');
    const { articles, problems } = parseCorpus(jsonl, 'wire.jsonl');
    expect(articles.map((a) => [a.source, a.copyOf])).toEqual([
      ['First', undefined],
      ['Second', articles[0]!.id],
    ]);
    expect(problems).toEqual([expect.objectContaining({ line: 3, severity: 'note' })]);
  });
});

describe('articleText', () => {
  it('joins paragraphs with one blank line', () => {
    expect(articleText(story)).toBe('Dock workers went back on Monday.\n\n“It is over,” she said.');
  });
});
