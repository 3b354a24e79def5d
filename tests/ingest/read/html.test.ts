import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/ingest/parse.js';
import { bodyFromHtml } from '../../../src/ingest/read/html-blocks.js';

const PAGE = readFileSync(new URL('./fixtures/ferry-strike.html', import.meta.url), 'utf8');

describe('an HTML article page with navigation, ads, a cookie banner, share buttons and a footer', () => {
  const { articles, problems } = parseCorpus(PAGE, 'ferry-strike.html');
  const [article] = articles;

  it('reads one article and no problem', () => {
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
  });

  it('takes exactly the article text as paragraphs, with the dateline cut off', () => {
    expect(article!.paragraphs).toEqual([
      'Ferry operators on the northern coast halted all crossings on Tuesday after pay talks with the crew union ' +
        'collapsed late on Monday night.',
      '“We offered the largest rise in a decade and it was turned down within the hour,” said Rasmus Holt, chief ' +
        'executive of Kestrel Line, the largest of the three operators.',
      'The union said the offer did not cover the longer shifts its members have worked since the winter storms. ' +
        '“Our people have carried this company through the worst season on record.',
      '“They will not be told that a rise which does not even match prices is generous,” union leader Ingrid ' +
        'Solberg told reporters outside the terminal.',
      'The regional transport office said mediators would bring both sides back to the table on Thursday, and that ' +
        'emergency crossings for medical patients would continue.',
      'About 4,000 passengers a day use the three routes, most of them commuters travelling to the island towns of ' +
        'Skarvik and Lund Ness.',
    ]);
    const all = [...article!.paragraphs, ...(article!.subheadings ?? []), ...article!.captions].join('\n');
    for (const furniture of [
      'cookies',
      'Share on',
      'Advertisement',
      'energy plan',
      'summer cabin',
      'Related stories',
      'Bridge tolls',
      'morning briefing',
      'Comments',
      'Reader one',
      'rights reserved',
      'Privacy',
      'Opinion',
      'Selma',
    ]) {
      expect(all).not.toContain(furniture);
    }
  });

  it('takes title, date, canonical URL and outlet from the page metadata', () => {
    expect(article!.title).toBe('Ferry operators halt crossings as pay talks collapse');
    // As written in the page (00:30 at +02:00), not moved to UTC (the day before).
    expect(article!.publishedAt).toBe('2031-05-14');
    expect(article!.url).toBe(
      'https://www.northfield-ledger.example/business/2031/05/ferry-operators-halt-crossings',
    );
    expect(article!.source).toBe('The Northfield Ledger');
    expect(article!.id).toMatch(/^art_ferry_operators_halt_crossings_[0-9a-f]{24}$/);
  });

  it('keeps the subheading, the photo caption and the dateline apart', () => {
    expect(article!.subheadings).toEqual(['Talks to resume']);
    expect(article!.captions).toEqual([
      'Ferries sit idle at the Vesterhavn terminal on Tuesday. (Ledger Photo/Jon Brekke)',
    ]);
    expect(article!.dateline).toEqual({ place: 'VESTERHAVN', date: '2031-05-13', agency: 'Nordwire' });
  });
});

describe('other pages', () => {
  it('reads a short page without an article element, with JSON-LD date and a relative canonical link', () => {
    const page = `<html><head><title>Council meets | Valley Post</title>
      <meta property="og:url" content="https://valley-post.example/news/council-meets">
      <link rel="canonical" href="/news/council-meets">
      <script type="application/ld+json">{"@graph": [{"@type": "WebSite"},
        {"@type": "NewsArticle", "headline": "Council meets", "datePublished": "2031-09-01"}]}</script>
      </head><body><div class="menu"><a href="/">Home</a></div>
      <div class="content"><p>The council met on Monday.</p><p>It agreed to fix the road.</p></div></body></html>`;
    const { articles, problems } = parseCorpus(page, 'council.html');
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      title: 'Council meets',
      paragraphs: ['The council met on Monday.', 'It agreed to fix the road.'],
      publishedAt: '2031-09-01',
      url: 'https://valley-post.example/news/council-meets',
    });
  });

  it('takes the date from <time datetime> when the page has no date metadata', () => {
    const page = `<html><head><title>Pier closed</title></head><body><article><h1>Pier closed</h1>
      <time datetime="2031-10-02T10:00:00Z">2 October</time><p>The pier was closed after the storm.</p></article></body></html>`;
    expect(parseCorpus(page, 'pier.html').articles[0]!.publishedAt).toBe('2031-10-02');
  });

  it('reports a page without article text, or without any title', () => {
    expect(
      parseCorpus(
        '<html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>',
        'e.html',
      ).problems,
    ).toEqual([
      expect.objectContaining({
        file: 'e.html',
        severity: 'error',
        message: expect.stringMatching(/no article text/),
      }),
    ]);
    expect(
      parseCorpus('<html><body><p>Text without a title anywhere.</p></body></html>', 't.html').problems,
    ).toEqual([
      expect.objectContaining({
        file: 't.html',
        severity: 'error',
        message: expect.stringMatching(/no title/),
      }),
    ]);
  });
});

describe('HTML fragments to paragraphs', () => {
  it('turns block elements into paragraphs, <br><br> into a paragraph break, and drops link lists', () => {
    const body = bodyFromHtml(`
      <p>First paragraph with <a href="/x">a link</a> in it.</p>
      <div>Second paragraph in a div.<br><br>Third, after two line breaks.</div>
      <ul><li><a href="/a">Another story</a></li><li><a href="/b">One more story</a></li></ul>
      <blockquote><p>A quoted paragraph.</p></blockquote>
      <h2>A Subheading</h2>
      <figure><img src="x.jpg"><figcaption>A caption. (Photo/Agency)</figcaption></figure>
      <p>Advertisement</p>`);
    expect(body.paragraphs).toEqual([
      'First paragraph with a link in it.',
      'Second paragraph in a div.',
      'Third, after two line breaks.',
      'A quoted paragraph.',
    ]);
    expect(body.subheadings).toEqual(['A Subheading']);
    expect(body.captions).toEqual(['A caption. (Photo/Agency)']);
  });
});
