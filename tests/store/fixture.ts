import type { ExtractionDocument } from '../../src/domain/document.js';

/** A small hand-written graph: two articles, people with roles, countries, an organization, a place, an event. */
export function fixture(): ExtractionDocument {
  return {
    articles: [
      {
        id: 'art_b',
        title: 'Ministers Trade Warnings Over Border',
        publishedAt: '2031-03-04',
        captions: ['A border post, March 3, 2031. (Agency)'],
        paragraphs: ['Para one.', 'Para two.', 'Para three.'],
      },
      {
        id: 'art_a',
        title: 'Harbour Strike Spreads',
        publishedAt: '2031-03-02',
        captions: [],
        paragraphs: ['Dock workers walked out.', 'The union said more would follow.'],
      },
    ],
    entities: [
      {
        id: 'per_lindqvist',
        type: 'Person',
        name: 'Maria Lindqvist',
        aliases: ['Lindqvist'],
        aliasEvidence: [
          {
            name: 'Lindqvist',
            rule: 'surname',
            evidence: 'the surname alone, and only this person in the corpus has it',
            articles: ['art_b'],
          },
        ],
        roles: [{ title: 'Foreign Minister', of: 'cty_swe' }],
      },
      {
        id: 'per_okafor',
        type: 'Person',
        name: 'Tunde Okafor',
        aliases: ['Okafor'],
        roles: [{ title: 'analyst', of: null }],
      },
      { id: 'cty_swe', type: 'Country', name: 'Sweden', aliases: ['Stockholm'], code: 'SWE' },
      { id: 'cty_tur', type: 'Country', name: 'Türkiye', aliases: ['Turkey', 'Ankara'], code: 'TUR' },
      { id: 'org_dockunion', type: 'Organization', name: 'Dockworkers Union', aliases: ['the union'] },
      { id: 'plc_gothenburg', type: 'Place', name: 'Gothenburg', aliases: [] },
    ],
    mentions: [
      { articleId: 'art_b', entityId: 'per_lindqvist', count: 3 },
      { articleId: 'art_b', entityId: 'cty_tur', count: 4 },
      { articleId: 'art_b', entityId: 'cty_swe', count: 1 },
      { articleId: 'art_a', entityId: 'org_dockunion', count: 2 },
      { articleId: 'art_a', entityId: 'plc_gothenburg', count: 1 },
      { articleId: 'art_a', entityId: 'per_okafor', count: 1 },
    ],
    statements: [
      {
        id: 'stm_1',
        articleId: 'art_b',
        speakerId: 'per_lindqvist',
        text: 'We will not accept threats at our border.',
        kind: 'direct',
        cue: 'said',
        stance: 'warn',
        medium: 'Twitter',
        aboutIds: ['cty_tur'],
        paragraph: 1,
      },
      {
        id: 'stm_2',
        articleId: 'art_b',
        speakerId: 'cty_tur',
        text: 'the accusations were baseless',
        kind: 'reported',
        cue: 'said',
        stance: 'deny',
        aboutIds: ['cty_swe', 'per_lindqvist'],
        paragraph: 2,
      },
      {
        id: 'stm_3',
        articleId: 'art_b',
        speakerId: null,
        speakerDescription: 'a senior diplomat',
        text: 'talks would resume',
        kind: 'reported',
        cue: 'said',
        negated: true,
        aboutIds: ['cty_tur', 'cty_swe'],
        paragraph: 2,
      },
      {
        id: 'stm_4',
        articleId: 'art_a',
        speakerId: 'org_dockunion',
        text: 'more ports would follow',
        kind: 'reported',
        cue: 'said',
        stance: 'warn',
        aboutIds: [],
        paragraph: 1,
      },
      {
        id: 'stm_5',
        articleId: 'art_a',
        speakerId: 'per_okafor',
        text: 'The strike could cost billions.',
        kind: 'direct',
        cue: 'told',
        medium: 'Reuters',
        aboutIds: ['org_dockunion'],
        paragraph: 1,
      },
    ],
    events: [
      {
        id: 'evt_strike',
        type: 'labour_strike',
        name: 'Harbour strike',
        date: '2031-03-01',
        actorIds: ['org_dockunion'],
        targetIds: [],
        participantIds: ['org_dockunion'],
        placeIds: ['plc_gothenburg'],
        countryIds: [],
        articleIds: ['art_a'],
        mentions: [],
        description: 'labour strike in Gothenburg',
        figures: [{ kind: 'arrested', value: 3, text: 'three dockers' }],
      },
    ],
  };
}

/**
 * A later batch for the fixture's graph: one new article (dated between the two first, so its
 * statements land inside the existing lists), the unchanged `art_a` again, a new spelling of
 * Lindqvist and a new role, the strike event seen in one more article with one more participant.
 */
export function laterBatch(): ExtractionDocument {
  const base = fixture();
  const artA = base.articles.find((a) => a.id === 'art_a')!;
  return {
    articles: [
      {
        id: 'art_c',
        title: 'Talks Stall in Gothenburg',
        publishedAt: '2031-03-03',
        captions: [],
        paragraphs: ['Maria Lindqvist spoke.', '"Turkey must listen," M. Lindqvist said.'],
        url: 'https://news.example/talks-stall',
        source: 'Example News',
        contentHash: 'hash_c',
      },
      artA,
    ],
    entities: [
      {
        id: 'per_lindqvist',
        type: 'Person',
        name: 'Maria Lindqvist',
        aliases: ['M. Lindqvist'],
        roles: [{ title: 'Party Leader', of: 'org_dockunion' }],
      },
      { id: 'cty_tur', type: 'Country', name: 'Türkiye', aliases: ['Turkey'], code: 'TUR' },
      { id: 'org_dockunion', type: 'Organization', name: 'Dockworkers Union', aliases: ['Dockers'] },
      { id: 'plc_gothenburg', type: 'Place', name: 'Gothenburg', aliases: [] },
      { id: 'per_okafor', type: 'Person', name: 'Tunde Okafor', aliases: ['Okafor'] },
    ],
    mentions: [
      { articleId: 'art_c', entityId: 'per_lindqvist', count: 2 },
      { articleId: 'art_c', entityId: 'cty_tur', count: 1 },
      { articleId: 'art_c', entityId: 'plc_gothenburg', count: 1 },
      ...base.mentions.filter((m) => m.articleId === 'art_a'),
    ],
    statements: [
      {
        id: 'stm_6',
        articleId: 'art_c',
        speakerId: 'per_lindqvist',
        text: 'Turkey must listen',
        kind: 'direct',
        cue: 'said',
        aboutIds: ['cty_tur'],
        paragraph: 1,
        spans: [{ start: 25, end: 43 }],
      },
      ...base.statements.filter((s) => s.articleId === 'art_a'),
    ],
    events: [
      {
        id: 'evt_strike',
        type: 'labour_strike',
        name: 'Harbour strike',
        date: '2031-03-01',
        actorIds: [],
        targetIds: ['per_lindqvist'],
        participantIds: ['per_lindqvist'],
        placeIds: ['plc_gothenburg'],
        countryIds: [],
        articleIds: ['art_c'],
        mentions: [],
        figures: [],
      },
    ],
  };
}
