/**
 * The ExtractionDocument: the contract between ingest (which produces it), the store (which loads it)
 * and the scorer (which reads it as JSON). One source of truth for these shapes; the store records
 * and the GraphQL types are derived from them.
 */

export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Place', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const STATEMENT_KINDS = ['direct', 'reported'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** The speech act a cue verb performs ("denied" → deny, "warned" → warn). */
export const STANCES = [
  'accuse',
  'deny',
  'warn',
  'threaten',
  'criticise',
  'praise',
  'claim',
  'state',
] as const;
export type Stance = (typeof STANCES)[number];

/** Where a piece of input came from, so that problems can name file and line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** The place (and date) an article was filed from, as its first paragraph's dateline gave it. */
export interface Dateline {
  /** "NAIROBI", "Kyiv, Ukraine". */
  place: string;
  /** ISO date (YYYY-MM-DD), when the dateline gives a full one. */
  date?: string;
  /** The wire agency named in it ("Reuters", "AP"). */
  agency?: string;
}

export interface ArticleDoc {
  /**
   * Stable: from the canonical URL when there is one, else from a hash of the normalised text;
   * never from the article's position in its input.
   */
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) from the input's metadata, the dateline or the text. */
  publishedAt: string | null;
  captions: string[];
  paragraphs: string[];
  /** Subheadings ("Investors wary"), kept apart from body paragraphs. */
  subheadings?: string[];
  /** Canonical URL, normalised (no fragment, no tracking parameters). */
  url?: string;
  /** The outlet that published it ("Reuters"). */
  source?: string;
  /** Where in the input it was read: file and line. */
  origin?: SourceRef;
  dateline?: Dateline;
  /** Hash of the normalised title and paragraphs: the same text has the same hash. Set by every reader. */
  contentHash?: string;
  /** Id of the first article in the corpus with the same text under another id (syndicated copy). */
  copyOf?: string;
}

export interface RoleDoc {
  title: string;
  /** Entity id of the country or organization the role belongs to, when known. */
  of: string | null;
}

/**
 * Why a name was joined to an entity as an alias: the one resolution step's rules, or a curator
 * (an alias added or moved by curation carries no extraction evidence).
 */
export const ALIAS_RULES = ['written', 'spelling', 'surname', 'lexicon', 'curated'] as const;
export type AliasRule = (typeof ALIAS_RULES)[number];

/** What each rule means, as the evidence an alias keeps. */
export const ALIAS_RULE_EVIDENCE: Record<AliasRule, string> = {
  written: 'an article names it so where it resolves to this entity',
  spelling: 'another spelling of the full name: same first name, nearly the same surname',
  surname: 'the surname alone, and only this person in the corpus has it',
  lexicon: 'a known name of it in the lexicon',
  curated: 'joined by a curator (addAlias, mergeEntities)',
};

/** An alias with its evidence: the rule that joined it, in words, and the articles that use it. */
export interface AliasDoc {
  name: string;
  rule: AliasRule;
  evidence: string;
  /** Ids of the articles that write the alias (none for a lexicon's name no article wrote). */
  articles: string[];
}

export interface EntityDoc {
  id: string;
  type: Exclude<EntityType, 'Event'>;
  name: string;
  /** Every alias, as a list of names (what scorers and search read). */
  aliases: string[];
  /** The same aliases with why each was joined; absent in documents written before it existed. */
  aliasEvidence?: AliasDoc[];
  roles?: RoleDoc[];
  /** ISO 3166-1 alpha-3 for countries. */
  code?: string;
  /** Places: the id of the country they are in, when known. */
  locatedIn?: string;
}

export interface MentionDoc {
  articleId: string;
  entityId: string;
  count: number;
}

export interface StatementDoc {
  id: string;
  articleId: string;
  /** null for anonymous speakers, who keep a speakerDescription instead. */
  speakerId: string | null;
  speakerDescription?: string | null;
  text: string;
  kind: StatementKind;
  cue: string;
  /**
   * The cue is denied ("did not say", "would not recommend", "never claimed"): the speaker is
   * reported NOT to have said the text. Absent in documents written before it was extracted: false.
   */
  negated?: boolean;
  stance?: Stance;
  /** "MSNBC", "Twitter", "social media"… */
  medium?: string | null;
  aboutIds: string[];
  /** Events the statement speaks about: its words name one its article reports ("the air strike"). */
  eventIds?: string[];
  /** 0-based index into the article's paragraphs. */
  paragraph: number;
  /**
   * Where the statement's text comes from: character ranges in the article's text (its paragraphs
   * joined by a blank line), in order; quotation marks are outside them. A quote split by "he said"
   * has two.
   */
  spans?: TextSpan[];
}

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * What kind of happening an event is: a compact taxonomy in the spirit of ACLED's and CAMEO's event
 * types, small enough for a GraphQL enum. An air strike is an `attack`, a walkout a `labour_strike`.
 * Kinds after `commemoration` cover crime, business, people and sport; a happening of no listed
 * kind is `other`, named by its word.
 */
export const EVENT_TYPES = [
  'attack',
  'war',
  'coup',
  'clash',
  'protest',
  'labour_strike',
  'arrest',
  'cyber_attack',
  'military_movement',
  'meeting',
  'agreement',
  'sanctions',
  'election',
  'court_ruling',
  'penalty',
  'policy',
  'disaster',
  'accident',
  'recall',
  'commemoration',
  'killing',
  'shooting',
  'death',
  'injury',
  'charge',
  'trial',
  'sentence',
  'escape',
  'release',
  'acquisition',
  'merger',
  'earnings',
  'product_launch',
  'outage',
  'appointment',
  'resignation',
  'dismissal',
  'nomination',
  'award',
  'sports_result',
  'treatment',
  'expulsion',
  'suspension',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** What each kind covers, for readers of the API schema. */
export const EVENT_TYPE_DESCRIPTIONS: Record<EventType, string> = {
  attack: 'An armed attack: air strike, shelling, bombing, ambush, raid, assassination, kidnapping.',
  war: 'A war or an invasion.',
  coup: 'A seizure of power.',
  clash: 'Fighting between two sides: a clash, a skirmish, an exchange of fire.',
  protest: 'A protest, demonstration or riot.',
  labour_strike: 'A strike or walkout by workers.',
  arrest: 'An arrest or detention.',
  cyber_attack: 'A cyber attack, hack or data breach.',
  military_movement: 'Troops or ships moved: a build-up, deployment, exercise or withdrawal.',
  meeting: 'Talks, a summit or a meeting.',
  agreement: 'An agreement, deal, treaty or ceasefire.',
  sanctions: 'Sanctions, an embargo or a blacklisting.',
  election: 'An election, referendum or parliamentary vote.',
  court_ruling: 'A court ruling, verdict, conviction or acquittal.',
  penalty: "A regulator's fine or penalty.",
  policy: 'A policy decision: a rate change, a ban, a tariff, a rule reversed.',
  disaster: 'A natural disaster or epidemic: earthquake, flood, storm, wildfire, outbreak.',
  accident: 'An accident: a crash, a fire, an explosion, a collapse.',
  recall: 'A product recall.',
  commemoration: 'A commemoration, memorial or national day.',
  killing: 'A killing or murder.',
  shooting: 'A shooting.',
  death: 'A death, of any cause.',
  injury: 'An injury.',
  charge: 'Criminal charges or an indictment.',
  trial: 'A trial.',
  sentence: 'A sentence handed down.',
  escape: 'An escape from custody.',
  release: 'A release from custody: a prisoner or hostage freed.',
  acquisition: 'A company or asset bought: an acquisition, purchase or takeover.',
  merger: 'A merger.',
  earnings: 'Earnings or results reported.',
  product_launch: 'A product launched or released, software updates and patches included.',
  outage: 'An outage or blackout.',
  appointment: 'Someone appointed, hired or cast.',
  resignation: 'A resignation or retirement.',
  dismissal: 'Someone fired, dismissed or ousted.',
  nomination: 'A nomination.',
  award: 'An award or prize.',
  sports_result: 'A result in sport: a win, a defeat, a record.',
  treatment: 'Medical or rehab treatment: a check-in, a hospital stay.',
  expulsion: 'Someone expelled or deported: diplomats, migrants.',
  suspension: 'A suspension: of a licence, a player, an official.',
  other: 'A happening of no listed kind, named by its word.',
};

/** What a participant did in an event: acted, was acted on, or is the country it happened in. */
export const EVENT_ROLES = ['actor', 'target', 'location'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

/** What a figure counts: people killed, injured, arrested, displaced, evacuated, missing, or money. */
export const FIGURE_KINDS = [
  'killed',
  'injured',
  'arrested',
  'displaced',
  'evacuated',
  'missing',
  'amount',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface FigureDoc {
  kind: FigureKind;
  /** The number as stated (the highest one reported, for a toll that rose); money in its currency. */
  value: number;
  /** As written: "at least 27 people", "$80 million". */
  text: string;
}

/** Where an article reports an event: the sentence, as a character range in the article's text. */
export interface EventMentionDoc {
  articleId: string;
  start: number;
  end: number;
}

export interface EventDoc {
  id: string;
  type: EventType;
  /** Generated from what the reports say ("Russian air strike on Kharkiv"), at most 80 characters. */
  name: string;
  /** One line: type, where, when, figures and the words the reports used. */
  description?: string;
  /**
   * ISO date as precise as the reports make it: YYYY-MM-DD, YYYY-MM or YYYY; for a span ("last
   * week") its first day, with `dateEnd` its last.
   */
  date: string | null;
  dateEnd?: string;
  /** Who did it: entity ids. */
  actorIds: string[];
  /** Whom or what it was done to. */
  targetIds: string[];
  /** Everyone involved: actors, targets and the countries it happened in (what the scorer reads). */
  participantIds: string[];
  /** Cities, regions, facilities (Place entities). */
  placeIds: string[];
  /** Countries it happened in: named as where, or the countries of its places. */
  countryIds: string[];
  figures: FigureDoc[];
  articleIds: string[];
  mentions: EventMentionDoc[];
  /** Why several articles' reports are one event: per merge, the fields that agreed ("kind, place"). */
  mergeEvidence?: string[];
}

/**
 * How bad a problem is: an error lost a record or article (or a whole file), a warning loaded it
 * with a caveat, a note only informs (a skipped file, a duplicate loaded once).
 */
export const PROBLEM_SEVERITIES = ['error', 'warning', 'note'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

/** Something the input layer could not fully make sense of; reported, never silently dropped. */
export interface ProblemDoc extends SourceRef {
  severity: ProblemSeverity;
  /** 1-based position of the record in a JSON array or of the item in a feed. */
  record?: number;
  /** Title of the article concerned, when one was read. */
  article?: string;
  message: string;
  /** The article was read again (same id as one before) and loaded once: counted as read. */
  duplicate?: true;
}

export interface ExtractionDocument {
  articles: ArticleDoc[];
  entities: EntityDoc[];
  mentions: MentionDoc[];
  statements: StatementDoc[];
  events: EventDoc[];
  problems?: ProblemDoc[];
}
