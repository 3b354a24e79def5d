import { describe, expect, it } from 'vitest';
import { detectFormat, formatOfContentType } from '../../../src/ingest/read/detect.js';
import { parseCorpus } from '../../../src/ingest/parse.js';

describe('detectFormat', () => {
  it.each([
    ['a.txt', 'Headline\n\nBody.', 'text'],
    ['a.txt', '{"title": "A", "text": "B"}\n{"title": "C", "text": "D"}\n', 'jsonl'],
    ['a.txt', '[{"title": "A", "text": "B"}]', 'json'],
    ['a.txt', '[Updated] Bridge Reopens\n\nThe bridge reopened.', 'text'],
    ['a.txt', '{Draft} Headline in braces\n\nBody.', 'text'],
    ['a.txt', '<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['a.json', '{"title": "A", "text": "B"}\n{"title": "C", "text": "D"}', 'jsonl'],
    ['a.json', 'garbage', 'json'],
    ['a.jsonl', '{"title": "A", "text": "B"}', 'json'],
    ['a.html', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', 'feed'],
    [
      'a.xml',
      '<?xml version="1.0"?>\n<!-- a comment -->\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>',
      'feed',
    ],
    ['a.xml', '<?xml version="1.0"?><catalog/>', 'feed'],
    ['noextension', '<html><body></body></html>', 'html'],
    ['noextension', 'Headline\n\nBody.', 'text'],
  ])('%s holding %j is %s', (name, content, format) => expect(detectFormat(name, content)).toBe(format));

  it('knows the HTTP content types', () => {
    expect(formatOfContentType('application/x-ndjson')).toBe('jsonl');
    expect(formatOfContentType('application/json; charset=utf-8')).toBe('json');
    expect(formatOfContentType('text/html')).toBe('html');
    expect(formatOfContentType('application/rss+xml')).toBe('feed');
    expect(formatOfContentType('text/plain')).toBe('text');
    expect(formatOfContentType('image/png')).toBeNull();
  });

  it('reads a .txt file holding JSON Lines as JSON Lines', () => {
    const { articles } = parseCorpus(
      '{"title": "A", "text": "Body A."}\n{"title": "B", "text": "Body B."}\n',
      'feed.txt',
    );
    expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ['A', ['Body A.']],
      ['B', ['Body B.']],
    ]);
  });
});
