/**
 * A hand-written graph for the API tests, so that they never depend on what extraction makes of the
 * seed corpus. Every name is invented. It is small but has what every API test needs: people with
 * roles and aliases (one accented), countries named by their capitals, organizations, places,
 * events, direct and reported statements with stances, media, cues and anonymous speakers, dated
 * and undated articles, and enough statements (47) that paging takes several pages.
 *
 * Article paragraphs are built from the statements, so that each statement's `paragraph` points at
 * the paragraph that reports it.
 */
import type {
  ArticleDoc,
  EntityDoc,
  EventDoc,
  ExtractionDocument,
  MentionDoc,
  Stance,
  StatementDoc,
  StatementKind,
} from '../../src/domain/document.js';

export const ENTITIES: EntityDoc[] = [
  { id: 'cty_val', type: 'Country', name: 'Valdoria', aliases: ['Valdorian', 'Kestrel'], code: 'VLD' },
  { id: 'cty_nor', type: 'Country', name: 'Norland', aliases: ['Norlandic', 'Brevik'], code: 'NRL' },
  { id: 'cty_ost', type: 'Country', name: 'Ostmark', aliases: ['Ostmarkian', 'Tellin'], code: 'OSM' },
  { id: 'cty_sav', type: 'Country', name: 'Savenia', aliases: ['Savenian'], code: 'SVN' },
  {
    id: 'org_nac',
    type: 'Organization',
    name: 'Northern Alliance Council',
    aliases: ['NAC', 'the alliance'],
  },
  { id: 'org_hwu', type: 'Organization', name: 'Harbour Workers Union', aliases: ['the union'] },
  { id: 'org_ch9', type: 'Organization', name: 'Channel Nine', aliases: [] },
  {
    id: 'per_holt',
    type: 'Person',
    name: 'Maren Holt',
    aliases: ['Holt'],
    roles: [{ title: 'Foreign Minister', of: 'cty_val' }],
  },
  {
    id: 'per_brekke',
    type: 'Person',
    name: 'Jonas Brekke',
    aliases: ['Brekke'],
    aliasEvidence: [
      {
        name: 'Brekke',
        rule: 'surname',
        evidence: 'the only person with this surname',
        articles: ['art_drill'],
      },
    ],
    roles: [{ title: 'Secretary General', of: 'org_nac' }],
  },
  {
    id: 'per_varga',
    type: 'Person',
    name: 'Ilya Varga',
    aliases: ['Varga'],
    roles: [{ title: 'President', of: 'cty_nor' }],
  },
  {
    id: 'per_sorokin',
    type: 'Person',
    name: 'Dmitri Sorokin',
    aliases: ['Sorokin', 'Dmitry Sorokin'],
    roles: [{ title: 'Defence Minister', of: 'cty_ost' }],
  },
  {
    id: 'per_marchetti',
    type: 'Person',
    name: 'Élodie Marchetti',
    aliases: ['Marchetti'],
    roles: [{ title: 'security analyst', of: null }],
  },
  {
    id: 'per_okonkwo',
    type: 'Person',
    name: 'Chidi Okonkwo',
    aliases: ['Okonkwo'],
    roles: [{ title: 'general secretary', of: 'org_hwu' }],
  },
  {
    id: 'per_lindgren',
    type: 'Person',
    name: 'Petra Lindgren',
    aliases: ['Lindgren'],
    roles: [{ title: 'Prime Minister', of: 'cty_sav' }],
  },
  { id: 'plc_selby', type: 'Place', name: 'Port Selby', aliases: ['Selby'] },
  { id: 'plc_strait', type: 'Place', name: 'Kaldera Strait', aliases: [] },
];

export const EVENTS: EventDoc[] = [
  {
    id: 'evt_blockade',
    type: 'protest',
    name: 'Port Selby blockade',
    date: '2031-01-09',
    actorIds: ['org_hwu'],
    targetIds: ['cty_nor'],
    participantIds: ['cty_nor', 'org_hwu'],
    placeIds: ['plc_selby'],
    countryIds: [],
    articleIds: ['art_blockade', 'art_strike'],
    mentions: [],
    description: 'protest in Port Selby',
    figures: [{ kind: 'arrested', value: 12, text: '12 dockers' }],
  },
  {
    id: 'evt_drill',
    type: 'military_movement',
    name: 'Kaldera Strait naval drill',
    date: '2031-01-20',
    actorIds: ['cty_ost', 'cty_nor'],
    targetIds: [],
    participantIds: ['cty_ost', 'cty_nor'],
    placeIds: ['plc_strait'],
    countryIds: [],
    figures: [],
    articleIds: ['art_drill'],
    mentions: [],
  },
  {
    id: 'evt_summit',
    type: 'meeting',
    name: 'Kestrel summit',
    date: '2031-02-03',
    actorIds: ['per_holt', 'per_brekke', 'per_lindgren'],
    targetIds: [],
    participantIds: ['per_holt', 'per_brekke', 'per_lindgren'],
    placeIds: [],
    countryIds: [],
    figures: [],
    articleIds: ['art_summit'],
    mentions: [],
  },
];

interface ArticleSpec {
  id: string;
  title: string;
  publishedAt: string | null;
  captions: string[];
  lead: string;
  mentions: Record<string, number>;
}

const ARTICLES: ArticleSpec[] = [
  {
    id: 'art_blockade',
    title: 'Valdoria Accuses Norland of Strangling Port Selby',
    publishedAt: '2031-01-10',
    captions: ['Idle cranes at Port Selby, January 9, 2031. (Harbour Press/Ana Ruiz)'],
    lead: 'Valdoria accused Norland on Friday of blockading Port Selby, its busiest harbour.',
    mentions: {
      cty_val: 5,
      cty_nor: 7,
      per_holt: 4,
      per_varga: 2,
      plc_selby: 3,
      org_nac: 1,
      evt_blockade: 2,
    },
  },
  {
    id: 'art_strike',
    title: 'Dock Strike Spreads as Blockade Drags On',
    publishedAt: '2031-01-12',
    captions: [],
    lead: 'Dockworkers in Port Selby walked out on Monday as the blockade entered its fourth day.',
    mentions: { org_hwu: 4, per_okonkwo: 3, plc_selby: 4, cty_val: 2, cty_nor: 2, evt_blockade: 1 },
  },
  {
    id: 'art_drill',
    title: 'Ostmark and Norland Stage Joint Drill in Kaldera Strait',
    publishedAt: '2031-01-21',
    captions: ['Warships in the Kaldera Strait, January 20, 2031. (Coastal Wire)'],
    lead: 'Ostmark and Norland sent warships into the Kaldera Strait for a three-day drill.',
    mentions: {
      cty_ost: 6,
      cty_nor: 4,
      per_sorokin: 3,
      plc_strait: 3,
      per_brekke: 1,
      org_nac: 2,
      evt_drill: 2,
    },
  },
  {
    id: 'art_summit',
    title: 'Alliance Ministers Weigh Norland Sanctions in Kestrel',
    publishedAt: '2031-02-04',
    captions: ['Ministers arrive in Kestrel, February 3, 2031. (Harbour Press)'],
    lead: 'Ministers of the Northern Alliance Council met in Kestrel to weigh new sanctions on Norland.',
    mentions: {
      org_nac: 5,
      per_brekke: 3,
      per_holt: 3,
      per_lindgren: 2,
      cty_nor: 5,
      cty_val: 2,
      cty_sav: 1,
      evt_summit: 2,
    },
  },
  {
    id: 'art_sanctions',
    title: 'Valdoria Presses Allies for Norland Sanctions',
    publishedAt: '2031-02-18',
    captions: [],
    lead: 'Valdoria urged its allies on Tuesday to back a new round of sanctions on Norland.',
    mentions: { cty_val: 4, cty_nor: 5, per_holt: 2, per_varga: 2, cty_ost: 2, per_sorokin: 1, cty_sav: 1 },
  },
  {
    id: 'art_analysis',
    title: 'What Brevik Wants From the Strait',
    publishedAt: null,
    captions: [],
    lead: 'Analysts disagree on what Norland hopes to gain from the standoff.',
    mentions: { cty_nor: 4, per_marchetti: 4, org_ch9: 1, cty_ost: 2, cty_val: 1, per_varga: 1 },
  },
];

type StatementRow = [
  articleId: string,
  speaker: string | { description: string },
  kind: StatementKind,
  cue: string,
  stance: Stance | null,
  text: string,
  aboutIds: string[],
  medium?: string,
];

// In reading order within each article: each row becomes its own paragraph after the lead.
const STATEMENTS: StatementRow[] = [
  [
    'art_blockade',
    'per_holt',
    'direct',
    'said',
    'accuse',
    'This is an appalling campaign of economic coercion against our people.',
    ['cty_nor'],
  ],
  [
    'art_blockade',
    'per_holt',
    'reported',
    'warned',
    'warn',
    'Valdoria would close its airspace to Norlandic carriers if the blockade continued',
    ['cty_nor', 'cty_val'],
  ],
  [
    'art_blockade',
    'cty_nor',
    'reported',
    'denied',
    'deny',
    'its ships had stopped any vessel bound for Port Selby',
    ['plc_selby'],
  ],
  [
    'art_blockade',
    'per_varga',
    'direct',
    'told',
    'claim',
    'Our navy is conducting routine safety inspections, nothing more.',
    ['cty_val'],
    'Norland One',
  ],
  [
    'art_blockade',
    { description: 'a senior Valdorian official' },
    'reported',
    'said',
    'state',
    'the harbour had lost half its traffic in a week',
    ['plc_selby'],
  ],
  [
    'art_blockade',
    'per_holt',
    'direct',
    'wrote',
    'criticise',
    'Brevik is playing with the livelihoods of thousands.',
    ['cty_nor'],
    'social media',
  ],
  [
    'art_blockade',
    'org_nac',
    'reported',
    'said',
    'state',
    'it was following events in Port Selby closely',
    ['plc_selby', 'cty_nor'],
  ],
  [
    'art_blockade',
    'cty_nor',
    'reported',
    'denies',
    'deny',
    'any plan to annex the harbour',
    ['plc_selby', 'cty_val'],
  ],

  [
    'art_strike',
    'per_okonkwo',
    'direct',
    'said',
    'warn',
    'If the ships do not move, nobody on this quay goes back to work.',
    ['plc_selby'],
  ],
  [
    'art_strike',
    'org_hwu',
    'reported',
    'said',
    'state',
    'more than two thousand members had joined the walkout',
    ['org_hwu'],
  ],
  [
    'art_strike',
    'per_okonkwo',
    'reported',
    'accused',
    'accuse',
    'Norland of holding the dockworkers hostage',
    ['cty_nor', 'org_hwu'],
  ],
  [
    'art_strike',
    { description: 'two crane operators' },
    'direct',
    'said',
    null,
    'We have not been paid since the blockade began.',
    ['evt_blockade'],
  ],
  [
    'art_strike',
    'per_okonkwo',
    'direct',
    'told',
    'praise',
    'The solidarity from other ports has been extraordinary.',
    ['org_hwu'],
    'Channel Nine',
  ],
  [
    'art_strike',
    'org_hwu',
    'reported',
    'threatened',
    'threaten',
    'to extend the strike to every harbour in Valdoria',
    ['cty_val'],
  ],
  [
    'art_strike',
    'cty_val',
    'reported',
    'said',
    'state',
    'emergency food shipments would reach the city by rail',
    ['plc_selby'],
  ],

  [
    'art_drill',
    'per_sorokin',
    'direct',
    'said',
    'state',
    'These exercises threaten nobody and follow every rule of the sea.',
    ['cty_ost', 'plc_strait'],
  ],
  [
    'art_drill',
    'cty_ost',
    'reported',
    'denied',
    'deny',
    'that the drill was linked to the blockade',
    ['evt_blockade', 'cty_nor'],
  ],
  [
    'art_drill',
    'per_brekke',
    'direct',
    'said',
    'warn',
    'Any ship that strays into alliance waters will be met.',
    ['cty_ost', 'cty_nor'],
  ],
  [
    'art_drill',
    'per_sorokin',
    'reported',
    'warned',
    'warn',
    'Ostmark would answer any provocation in the strait',
    ['cty_ost', 'plc_strait'],
  ],
  [
    'art_drill',
    'cty_nor',
    'reported',
    'said',
    'claim',
    'the drill had been planned a year in advance',
    ['evt_drill'],
  ],
  [
    'art_drill',
    'org_nac',
    'reported',
    'criticised',
    'criticise',
    'the timing of the exercise',
    ['evt_drill', 'cty_ost'],
  ],
  [
    'art_drill',
    { description: 'a naval officer in Tellin' },
    'reported',
    'said',
    'state',
    'twelve ships had taken part',
    ['evt_drill'],
  ],
  [
    'art_drill',
    'per_brekke',
    'reported',
    'accused',
    'accuse',
    'Ostmark of escorting Norlandic ships toward Port Selby',
    ['cty_ost', 'cty_nor', 'plc_selby'],
  ],

  [
    'art_summit',
    'per_brekke',
    'direct',
    'said',
    'state',
    'The alliance speaks with one voice on Norland today.',
    ['cty_nor', 'org_nac'],
  ],
  [
    'art_summit',
    'per_holt',
    'direct',
    'said',
    'praise',
    'Our partners have shown real courage this week.',
    ['org_nac'],
  ],
  [
    'art_summit',
    'per_lindgren',
    'reported',
    'warned',
    'warn',
    'Savenia could not support sanctions that hurt its own farmers',
    ['cty_sav', 'cty_nor'],
  ],
  [
    'art_summit',
    'per_holt',
    'reported',
    'accused',
    'accuse',
    'Norland of using food as a weapon',
    ['cty_nor'],
  ],
  [
    'art_summit',
    'per_lindgren',
    'direct',
    'said',
    'state',
    'We will not be rushed into a decision that splits this table.',
    ['org_nac'],
  ],
  [
    'art_summit',
    'per_brekke',
    'reported',
    'said',
    'claim',
    'a majority of members backed a ban on Norlandic steel',
    ['cty_nor', 'org_nac'],
  ],
  [
    'art_summit',
    'cty_nor',
    'reported',
    'denied',
    'deny',
    'that it had threatened any member of the alliance',
    ['org_nac'],
  ],
  [
    'art_summit',
    { description: 'a diplomat in Kestrel' },
    'reported',
    'said',
    null,
    'the final text had been softened overnight',
    ['org_nac'],
  ],
  [
    'art_summit',
    'per_holt',
    'direct',
    'told',
    'warn',
    'Every week of delay is a week of hunger in Port Selby.',
    ['cty_nor', 'plc_selby'],
    'Kestrel Radio',
  ],

  [
    'art_sanctions',
    'per_holt',
    'direct',
    'said',
    'criticise',
    'Norland has ignored every deadline it was given.',
    ['cty_nor'],
  ],
  [
    'art_sanctions',
    'per_varga',
    'reported',
    'denied',
    'deny',
    'that Norland had broken any agreement',
    ['cty_nor', 'cty_val'],
  ],
  [
    'art_sanctions',
    'per_varga',
    'direct',
    'said',
    'threaten',
    'Those who sanction us will pay for it in winter.',
    ['cty_val', 'org_nac'],
  ],
  [
    'art_sanctions',
    'cty_ost',
    'reported',
    'denies',
    'deny',
    'supplying fuel to Norlandic warships',
    ['cty_nor'],
  ],
  [
    'art_sanctions',
    'per_sorokin',
    'reported',
    'said',
    'state',
    'Ostmark would stay neutral in any vote',
    ['cty_ost'],
  ],
  [
    'art_sanctions',
    'per_holt',
    'reported',
    'said',
    'claim',
    'Savenia was ready to drop its objections',
    ['cty_sav'],
  ],
  ['art_sanctions', 'cty_sav', 'reported', 'denied', 'deny', 'that it had changed its position', ['cty_sav']],
  [
    'art_sanctions',
    'per_holt',
    'direct',
    'wrote',
    'warn',
    'Brevik should not mistake patience for weakness.',
    ['cty_nor'],
    'social media',
  ],

  [
    'art_analysis',
    'per_marchetti',
    'direct',
    'said',
    'claim',
    'Norland wants a permanent say over who uses the strait.',
    ['cty_nor', 'plc_strait'],
    'Channel Nine',
  ],
  [
    'art_analysis',
    'per_marchetti',
    'reported',
    'said',
    'state',
    'Ostmark had more to lose from the standoff than it admitted',
    ['cty_ost'],
  ],
  [
    'art_analysis',
    'per_marchetti',
    'direct',
    'said',
    'warn',
    'A blockade that lasts into spring becomes a siege.',
    ['evt_blockade', 'cty_nor'],
  ],
  [
    'art_analysis',
    'per_varga',
    'reported',
    'said',
    'claim',
    'Norland had never asked for more than fair access',
    ['cty_nor'],
  ],
  [
    'art_analysis',
    'per_marchetti',
    'reported',
    'criticised',
    'criticise',
    'Valdoria for ignoring earlier warnings',
    ['cty_val'],
  ],
  [
    'art_analysis',
    'org_ch9',
    'reported',
    'said',
    'state',
    'it had seen satellite images of the harbour approaches',
    ['plc_selby'],
  ],
  ['art_analysis', 'per_varga', 'direct', 'said', 'claim', 'Nobody is blockading anybody.', ['cty_val']],
];

const NAMES = new Map([...ENTITIES, ...EVENTS].map((e) => [e.id, e.name]));

/** The sentence that reports a statement, as an article would print it. */
function reportSentence(row: StatementRow): string {
  const [, speaker, kind, cue, , text] = row;
  const who = typeof speaker === 'string' ? NAMES.get(speaker)! : speaker.description;
  const capital = who.charAt(0).toUpperCase() + who.slice(1);
  return kind === 'direct' ? `"${text}" ${who} ${cue}.` : `${capital} ${cue} ${text}.`;
}

function buildStatements(): StatementDoc[] {
  const nextParagraph = new Map<string, number>();
  return STATEMENTS.map((row, i) => {
    const [articleId, speaker, kind, cue, stance, text, aboutIds, medium] = row;
    const paragraph = (nextParagraph.get(articleId) ?? 0) + 1;
    nextParagraph.set(articleId, paragraph);
    return {
      id: `stm_${String(i + 1).padStart(2, '0')}`,
      articleId,
      speakerId: typeof speaker === 'string' ? speaker : null,
      ...(typeof speaker === 'string' ? {} : { speakerDescription: speaker.description }),
      text,
      kind,
      cue,
      ...(stance ? { stance } : {}),
      ...(medium ? { medium } : {}),
      aboutIds,
      paragraph,
    };
  });
}

/** The fixture graph: a fresh copy each call, so that a test may alter it. */
export function apiFixture(): ExtractionDocument {
  const articles: ArticleDoc[] = ARTICLES.map((a) => ({
    id: a.id,
    title: a.title,
    publishedAt: a.publishedAt,
    captions: [...a.captions],
    paragraphs: [a.lead, ...STATEMENTS.filter((s) => s[0] === a.id).map(reportSentence)],
  }));
  const mentions: MentionDoc[] = ARTICLES.flatMap((a) =>
    Object.entries(a.mentions).map(([entityId, count]) => ({ articleId: a.id, entityId, count })),
  );
  return {
    articles,
    entities: structuredClone(ENTITIES),
    mentions,
    statements: withSpans(buildStatements(), articles),
    events: structuredClone(EVENTS),
  };
}

/** Each statement's span: where its text stands in its article's text (paragraphs joined by a blank line). */
function withSpans(statements: StatementDoc[], articles: ArticleDoc[]): StatementDoc[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return statements.map((s) => {
    const paragraphs = byId.get(s.articleId)!.paragraphs;
    const offset = paragraphs.slice(0, s.paragraph).reduce((n, p) => n + p.length + 2, 0);
    const start = offset + paragraphs[s.paragraph]!.indexOf(s.text);
    return { ...s, spans: [{ start, end: start + s.text.length }] };
  });
}
