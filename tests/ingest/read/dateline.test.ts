import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/ingest/parse.js';
import { cutDateline } from '../../../src/ingest/read/dateline.js';

describe('cutDateline', () => {
  it.each([
    ['NAIROBI, March 4, 2031 - The regional bloc met.', { place: 'NAIROBI', date: '2031-03-04' }],
    ['OSLO (Nordwire) - Talks resumed.', { place: 'OSLO', agency: 'Nordwire' }],
    ['TROMSO — Snow fell early.', { place: 'TROMSO' }],
    ['TARTU, Estonia (AP) — Students marched.', { place: 'TARTU, Estonia', agency: 'AP' }],
    ['VALLETTA, Malta, Jan. 3 (AFP) – Ferries stopped.', { place: 'VALLETTA, Malta', agency: 'AFP' }],
    ['Lyon, 12 May 2030 — The court ruled.', { place: 'Lyon', date: '2030-05-12' }],
    ['ST. CLOUD, Minn. -- Farmers gathered.', { place: 'ST. CLOUD, Minn.' }],
    ['RIO DE JANEIRO, Tuesday (Reuters) — Markets rose.', { place: 'RIO DE JANEIRO', agency: 'Reuters' }],
    [
      'São Paulo, 3 June 2031 (Agência Sul) — Prices fell.',
      { place: 'São Paulo', date: '2031-06-03', agency: 'Agência Sul' },
    ],
    ['BERGEN—Fishermen protested.', { place: 'BERGEN' }],
    ['SUN CITY, Ariz. (AP) — Retirees voted.', { place: 'SUN CITY, Ariz.', agency: 'AP' }],
    ['Mar del Plata, Argentina (AP) — Fishing resumed.', { place: 'Mar del Plata, Argentina', agency: 'AP' }],
    ['TROMSO ― Snow fell early.', { place: 'TROMSO' }],
  ])('%s', (paragraph, dateline) => {
    const cut = cutDateline(paragraph);
    expect(cut?.dateline).toEqual(dateline);
    expect(cut?.rest).toMatch(/^[A-Z][a-z]+ [a-z]+/);
  });

  it('completes a date without a year from the article date, and cuts a place-less wire lead-in', () => {
    expect(cutDateline('VALLETTA, Malta, Jan. 3 (AFP) – Ferries stopped.', 2031)?.dateline?.date).toBe(
      '2031-01-03',
    );
    expect(cutDateline('(Nordwire) - Talks resumed.')).toEqual({ rest: 'Talks resumed.', dateline: null });
    expect(cutDateline('Aug 27, 2031 (Nordwire) - Talks resumed.')).toEqual({
      rest: 'Talks resumed.',
      dateline: null,
      date: '2031-08-27',
    });
  });

  it('reads a dateline that is a paragraph of its own, with its date', () => {
    expect(cutDateline('BERGEN 2031-08-30')).toEqual({
      rest: '',
      dateline: { place: 'BERGEN', date: '2031-08-30' },
      date: '2031-08-30',
    });
    expect(cutDateline('Tartu, Estonia, March 4', 2031)?.dateline).toEqual({
      place: 'Tartu, Estonia',
      date: '2031-03-04',
    });
    // A place alone could be a heading.
    expect(cutDateline('NORTHERN FRONT')).toBeNull();
  });

  it.each([
    'Paris, the capital, was quiet on Sunday.',
    'Lyon, a city of bridges — and of rivers — woke early.',
    'Bergen said on Monday that the port would open.',
    'The mayor — who took office in May — resigned.',
    'Oslo — a city that rarely sees protests — saw three this week.',
    'On Monday, March 4 — a day nobody will forget — the dam held.',
    'BREAKING — The dam has failed.',
    'UPDATE: 5/12 — The page was changed.',
    'The strike ended - for now.',
  ])('keeps an ordinary first sentence: %s', (paragraph) => {
    expect(cutDateline(paragraph)).toBeNull();
  });
});

describe('datelines in articles', () => {
  it('are cut from the first paragraph only, and give the date when the article has none', () => {
    const text =
      'Dock Strike Spreads\n\nGDANSK, June 2, 2031 (Baltic Wire) — Dock workers walked out.\n\nKIEL — A second port joined.\n';
    const [article] = parseCorpus(text, 'x.txt').articles;
    expect(article!.paragraphs).toEqual(['Dock workers walked out.', 'KIEL — A second port joined.']);
    expect(article!.dateline).toEqual({ place: 'GDANSK', date: '2031-06-02', agency: 'Baltic Wire' });
    expect(article!.publishedAt).toBe('2031-06-02');
  });

  it('are found on a line of their own, after a byline, and after a database abstract', () => {
    const own = 'Dock Strike Spreads\n\nGDANSK 2031-06-02\n\nDock workers walked out on Monday.\n';
    const [a] = parseCorpus(own, 'x.txt').articles;
    expect(a!.dateline).toEqual({ place: 'GDANSK', date: '2031-06-02' });
    expect(a!.publishedAt).toBe('2031-06-02');
    expect(a!.subheadings ?? []).toEqual([]);
    const abstract =
      'Dock Strike Spreads\n\nABSTRACT.\n\nA strike spread along the coast this week.\n\nFULL TEXT.\n\n' +
      'KIEL — Dock workers walked out on Monday, said Ilse Marten.\n';
    const [b] = parseCorpus(abstract, 'x.txt').articles;
    expect(b!.dateline).toEqual({ place: 'KIEL' });
    expect(b!.paragraphs).toEqual([
      'A strike spread along the coast this week.',
      'Dock workers walked out on Monday, said Ilse Marten.',
    ]);
  });

  it('never take the date from a quotation', () => {
    const text =
      'Emails Released\n\nThe aide wrote: "We meet on June 3, 2031, at noon." Nobody came.\n\nMore followed.\n';
    expect(parseCorpus(text, 'x.txt').articles[0]!.publishedAt).toBeNull();
  });

  it('leave an explicit publication date alone', () => {
    const record = {
      title: 'Dock Strike Ends',
      text: 'GDANSK, June 9, 2031 — The strike ended.',
      date: '2031-06-10',
    };
    const [article] = parseCorpus(JSON.stringify(record), 'x.json').articles;
    expect(article!.publishedAt).toBe('2031-06-10');
    expect(article!.dateline?.date).toBe('2031-06-09');
  });
});
