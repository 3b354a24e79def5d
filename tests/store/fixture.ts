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
      { id: 'per_lindqvist', type: 'Person', name: 'Maria Lindqvist', aliases: ['Lindqvist'], roles: [{ title: 'Foreign Minister', of: 'cty_swe' }] },
      { id: 'per_okafor', type: 'Person', name: 'Tunde Okafor', aliases: ['Okafor'], roles: [{ title: 'analyst', of: null }] },
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
      { id: 'stm_1', articleId: 'art_b', speakerId: 'per_lindqvist', text: 'We will not accept threats at our border.', kind: 'direct', cue: 'said', stance: 'warn', medium: 'Twitter', aboutIds: ['cty_tur'], paragraph: 1 },
      { id: 'stm_2', articleId: 'art_b', speakerId: 'cty_tur', text: 'the accusations were baseless', kind: 'reported', cue: 'said', stance: 'deny', aboutIds: ['cty_swe', 'per_lindqvist'], paragraph: 2 },
      { id: 'stm_3', articleId: 'art_b', speakerId: null, speakerDescription: 'a senior diplomat', text: 'talks would resume', kind: 'reported', cue: 'said', aboutIds: ['cty_tur', 'cty_swe'], paragraph: 2 },
      { id: 'stm_4', articleId: 'art_a', speakerId: 'org_dockunion', text: 'more ports would follow', kind: 'reported', cue: 'said', stance: 'warn', aboutIds: [], paragraph: 1 },
      { id: 'stm_5', articleId: 'art_a', speakerId: 'per_okafor', text: 'The strike could cost billions.', kind: 'direct', cue: 'told', medium: 'Reuters', aboutIds: ['org_dockunion'], paragraph: 1 },
    ],
    events: [
      {
        id: 'evt_strike', type: 'labour_strike', name: 'Harbour strike', date: '2031-03-01', actorIds: ['org_dockunion'], targetIds: [],
        participantIds: ['org_dockunion'], placeIds: ['plc_gothenburg'], countryIds: [], articleIds: ['art_a'], mentions: [],
        description: 'labour strike in Gothenburg', figures: [{ kind: 'arrested', value: 3, text: 'three dockers' }],
      },
    ],
  };
}
