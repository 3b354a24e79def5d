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
export const STANCES = ['accuse', 'deny', 'warn', 'threaten', 'criticise', 'praise', 'claim', 'state'] as const;
export type Stance = (typeof STANCES)[number];

/** Where a piece of input came from, so that problems can name file and line. */
export interface SourceRef {
  file: string;
  line: number;
}

export interface ArticleDoc {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) derived from the text where possible. */
  publishedAt: string | null;
  captions: string[];
  paragraphs: string[];
  /** Subheadings ("Investors wary"), kept apart from body paragraphs. */
  subheadings?: string[];
  source?: SourceRef;
}

export interface RoleDoc {
  title: string;
  /** Entity id of the country or organization the role belongs to, when known. */
  of: string | null;
}

export interface EntityDoc {
  id: string;
  type: Exclude<EntityType, 'Event'>;
  name: string;
  aliases: string[];
  roles?: RoleDoc[];
  /** ISO 3166-1 alpha-3 for countries. */
  code?: string;
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
  stance?: Stance;
  /** "MSNBC", "Twitter", "social media"… */
  medium?: string | null;
  aboutIds: string[];
  /** 0-based index into the article's paragraphs. */
  paragraph: number;
}

export interface EventDoc {
  id: string;
  name: string;
  date: string | null;
  participantIds: string[];
  placeIds: string[];
  articleIds: string[];
}

/** Something the parser could not make sense of; reported, never silently dropped. */
export interface ProblemDoc extends SourceRef {
  message: string;
}

export interface ExtractionDocument {
  articles: ArticleDoc[];
  entities: EntityDoc[];
  mentions: MentionDoc[];
  statements: StatementDoc[];
  events: EventDoc[];
  problems?: ProblemDoc[];
}
