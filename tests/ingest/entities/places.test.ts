/**
 * Places from the words around names: lists before a division noun, destinations, facilities,
 * appositions, "-based". Every paragraph here is invented; the towns are fictional.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../src/domain/document.js';
import { extract } from '../../../src/ingest/index.js';

const article = (paragraphs: string[], extra: Partial<ArticleDoc> = {}): ArticleDoc => ({
  id: 'art_p',
  title: 'Story',
  publishedAt: '2031-03-06',
  captions: [],
  paragraphs,
  ...extra,
});
const entities = (paragraphs: string[], extra: Partial<ArticleDoc> = {}) =>
  extract([article(paragraphs, extra)]).entities;
const placeNames = (paragraphs: string[], extra: Partial<ArticleDoc> = {}) =>
  entities(paragraphs, extra)
    .filter((e) => e.type === 'Place')
    .map((e) => e.name)
    .sort();

describe('places named in lists', () => {
  it('takes every name of a list before a division noun', () => {
    expect(
      placeNames([
        'The floods forced 9,000 people from their homes, mostly in the Varnel, Oskaro and Tumbeni districts.',
        'Rescuers also reached villages in Belmora and Quistal provinces on Monday.',
      ]),
    ).toEqual(['Belmora', 'Oskaro', 'Quistal', 'Tumbeni', 'Varnel']);
  });

  it('takes the towns after "the towns of"', () => {
    expect(
      placeNames(['Parts of the towns of Orvesta and Kalmuni, which lie near the dam, remain closed.']),
    ).toEqual(['Kalmuni', 'Orvesta']);
  });

  it('reads "the X area" and "the X sector" as places, and an adjective before "region of" as none', () => {
    expect(
      placeNames([
        'Shelling killed two civilians in the Tolvari sector overnight.',
        'About 600 families in the Kembe area oppose the mine.',
        'Homes collapsed in the Andean region of Ostrava Sur.',
      ]),
    ).toEqual(['Kembe', 'Ostrava Sur', 'Tolvari']);
  });

  it("reads a division noun after a name, even one shaped like a person's name", () => {
    expect(placeNames(['Schools closed in coastal areas of Maria Tolva province on Friday.'])).toEqual([
      'Maria Tolva',
    ]);
  });
});

describe('destinations', () => {
  it('takes "to X" after a word of travel, and "from X to Y"', () => {
    expect(
      placeNames([
        'The shipping line said it would divert two of its vessels to Marvello, a detour of four days.',
        'Hauliers truck goods from the port to Kestova and Lumbra every day.',
      ]),
    ).toEqual(['Kestova', 'Lumbra', 'Marvello']);
  });

  it('keeps a capital as the city when goods go to it, and as its country when it speaks', () => {
    const found = entities([
      'Hauliers truck goods from the port to Lusaka and Harare.',
      'Lusaka said it would send a delegation.',
    ]);
    expect(
      found
        .filter((e) => e.type === 'Place')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Harare', 'Lusaka']);
    expect(found.some((e) => e.id === 'cty_zmb')).toBe(true);
  });

  it('reads a capital after "north of" as the city, and "X village" as a place', () => {
    const found = entities([
      'Troops dug in 40 km north of Lusaka on Tuesday.',
      'Soldiers burned homes in Tamboro village, residents said.',
    ]);
    expect(
      found
        .filter((e) => e.type === 'Place')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Lusaka', 'Tamboro']);
  });

  it('does not read "to" as a destination without travel', () => {
    expect(placeNames(['The minister spoke to Orlanda Vesk about the budget.'])).toEqual([]);
  });
});

describe('facilities', () => {
  it('names a facility with its noun, one node for its spellings', () => {
    const found = entities([
      'Drones hit the Brenvik power station before dawn, the army said.',
      'Engineers said the Brenvik plant would stay offline for a month.',
    ]);
    const plant = found.filter((e) => e.type === 'Place');
    expect(plant.map((e) => e.name)).toEqual(['Brenvik power station']);
    expect(plant[0]!.aliases).toEqual(expect.arrayContaining(['Brenvik plant', 'Brenvik']));
  });

  it("keeps a pipeline and a terminal, and keeps a company's plant the company's", () => {
    expect(
      placeNames([
        'Oil still flows through the Seravka pipeline and the Tolmi oil terminal.',
        'Orlova Motors said on Monday that output at the Orlova Motors plant had fallen.',
      ]),
    ).toEqual(['Seravka pipeline', 'Tolmi oil terminal']);
  });
});

describe('appositions and other shapes', () => {
  it('reads "the capital, X" and "X, the province whose …" as places', () => {
    expect(
      placeNames([
        'Fighting drove the ministries out of the capital, Lusaka.',
        'Tarvonia, the province whose governor resigned, passed a law last year.',
      ]),
    ).toEqual(['Lusaka', 'Tarvonia']);
  });

  it('cuts "-based" off the place it follows', () => {
    expect(placeNames(['The suit was brought by Vigor, a Port Selva-based consumer group.'])).toEqual([
      'Port Selva',
    ]);
    expect(placeNames(['Lumio is owned by Kastelo-based Qintar Holdings.'])).toEqual(['Kastelo']);
  });

  it('reads no place in "No. 2" and reads a name before "after" as no adjective', () => {
    expect(placeNames(['Workers removed fuel from the No. 2 reactor in February.'])).toEqual([]);
    expect(placeNames(['Shares in Dorvan Group fell 2% in Kolari after the ruling.'])).toEqual(['Kolari']);
  });

  it('keeps a province the place an association is named after', () => {
    const found = entities([
      'Rebels attacked a police station in Tarvin province on Sunday.',
      'The Tarvin Farmers Association said violence in Tarvin had risen.',
    ]);
    expect(found.filter((e) => e.type === 'Place').map((e) => e.name)).toEqual(['Tarvin']);
    expect(found.some((e) => e.type === 'Organization' && e.name === 'Tarvin Farmers Association')).toBe(
      true,
    );
  });

  it('reads "in X, the company said" as a place, not the company', () => {
    expect(placeNames(['The fire gutted a basement in Velburg, the company said on Wednesday.'])).toEqual([
      'Velburg',
    ]);
  });

  it("takes a caption's place the body only names inside a quotation", () => {
    expect(
      placeNames(['"Nobody leaves Ostrevo without a deal," the chair said.'], {
        captions: [
          'Delegates attend a session at the talks in Ostrevo, Brazil, on Friday. (AP Photo/Ana Ruiz)',
        ],
      }),
    ).toEqual(['Ostrevo']);
  });
});

describe('places from wire-copy shapes', () => {
  it('reads "X, about 40 km east of Y", "at X and Y airports" and an airport named after a person', () => {
    expect(
      placeNames([
        'Gunmen stormed Tandoro, about 40 km east of the border, before dawn.',
        'Airlines cancelled 400 flights at Velmora and Ostrena airports.',
        'Passengers waited at Marta Quiroga airport for news.',
      ]),
    ).toEqual(['Marta Quiroga airport', 'Ostrena', 'Tandoro', 'Velmora']);
  });

  it('links a place to the country the text puts it in', () => {
    const found = entities([
      "Drones struck a depot in Peru's southern Tamboro province overnight.",
      'Rescuers reached Ostrelka, Chile, on Monday.',
    ]);
    const located = Object.fromEntries(
      found.filter((e) => e.type === 'Place').map((e) => [e.name, e.locatedIn ?? null]),
    );
    expect(located).toEqual({ Tamboro: 'cty_per', Ostrelka: 'cty_chl' });
  });

  it('takes a known city\'s port or airport as the city, and an unknown name before "port" as the port', () => {
    expect(
      placeNames([
        'Dockers in Ostrena, Chile, walked out on Monday.',
        'Ships waited outside Ostrena port, and Lisbon airport closed.',
        'Protesters blocked the road to the Kovrak port.',
      ]),
    ).toEqual(['Kovrak port', 'Lisbon', 'Ostrena']);
  });

  it('reads a hospital or an airport as a place, unless it speaks', () => {
    const site = entities([
      'A doctor at Velmora General Hospital said 19 people had been treated for burns.',
    ]);
    expect(site.map((e) => [e.type, e.name])).toEqual([['Place', 'Velmora General Hospital']]);
    const doc = extract([
      article([
        'A doctor at Velmora General Hospital said 19 people had been treated for burns.',
        'Velmora General Hospital said in a statement that it had run out of beds.',
      ]),
    ]);
    expect(doc.entities.map((e) => [e.type, e.name])).toEqual([['Organization', 'Velmora General Hospital']]);
    expect(doc.statements.some((s) => s.speakerId === 'org_velmora_general_hospital')).toBe(true);
  });
});
