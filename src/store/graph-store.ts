/**
 * The one store interface. Everything above src/store/ (GraphQL loaders, CLI) talks to this and never
 * learns which engine runs underneath. Read methods return plain JS values only: no engine types.
 *
 * Batch methods take arrays of keys and return results aligned with them (same length, same order),
 * which is exactly what DataLoader needs.
 */
import type {
  AliasDoc,
  ArticleDoc,
  EntityDoc,
  EntityType,
  EventRole,
  EventType,
  FigureDoc,
  ExtractionDocument,
  Stance,
  StatementDoc,
  StatementKind,
} from '../domain/document.js';
import type { CurationEntry, CurationOp } from '../domain/curation.js';
import type { GraphExplorer } from './graph-explorer.js';
import type { TextSpan } from '../domain/document.js';

/** An entity as read back from the store. Events are entities too (with date and links). */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Why each alias was joined, and the articles that write it (empty where none was recorded). */
  aliasEvidence: AliasDoc[];
  /** ISO 3166-1 alpha-3 for countries, else null. */
  code: string | null;
  /** Events only: ISO date, else null. */
  date: string | null;
  /** Events only: what they are, their description, last day and figures. */
  event?: { type: EventType; description: string | null; dateEnd: string | null; figures: FigureDoc[] };
}

export type ArticleRecord = Omit<ArticleDoc, 'origin' | 'captions' | 'subheadings'> & {
  captions: string[];
};

export type StatementRecord = Required<
  Omit<StatementDoc, 'stance' | 'medium' | 'speakerDescription' | 'spans' | 'eventIds'>
> & {
  stance: Stance | null;
  medium: string | null;
  speakerDescription: string | null;
  /** Offsets into the article's text (paragraphs joined by a blank line); empty when unknown. */
  spans: TextSpan[];
};

/** An entity as extraction needs it to resolve the names of new articles (its `known`). */
export type KnownEntityRecord = Pick<EntityDoc, 'id' | 'type' | 'name' | 'aliases'>;

export interface RoleRecord {
  title: string;
  /** Entity id of the country/organization, or null when the text names none. */
  ofId: string | null;
}

export interface EventInvolvement {
  eventId: string;
  role: EventRole;
}

export interface EventLinks {
  /** Everyone involved: actors, targets and the countries it happened in. */
  participantIds: string[];
  actorIds: string[];
  targetIds: string[];
  /** Countries it happened in. */
  countryIds: string[];
  placeIds: string[];
  articleIds: string[];
}

/** A mention seen from either side: the other end's id and how often the article names the entity. */
export interface MentionRecord {
  id: string;
  count: number;
}

/**
 * Keyset pagination. `after` is an opaque cursor previously returned in an edge; the store alone knows
 * what is inside (a sort key). `first` is already validated (1..max) by the caller.
 */
export interface PageArgs {
  first: number;
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  /** Count of all matching items, ignoring the cursor and `first`. */
  totalCount: number;
}

export interface EntityFilter {
  types?: EntityType[] | null;
  /** Case-insensitive substring of the name or any alias. */
  nameContains?: string | null;
  /** Events only: of this type, dated within [from, to] (ISO, inclusive), involving an entity, where. */
  event?: EventFilter;
}

export interface EventFilter {
  type?: EventType | null;
  from?: string | null;
  to?: string | null;
  /** An entity that took part (actor, target or country). */
  participantId?: string | null;
  /** A place or country it happened in. */
  placeId?: string | null;
}

export interface StatementFilter {
  speakerId?: string | null;
  aboutId?: string | null;
  articleId?: string | null;
  kind?: StatementKind | null;
  stance?: Stance | null;
  /** Only statements whose speaker is of this type (anonymous speakers have none). */
  speakerType?: EntityType | null;
  /** Article date range, inclusive, ISO dates. */
  from?: string | null;
  to?: string | null;
}

export interface ArticleFilter {
  from?: string | null;
  to?: string | null;
}

/** Reading order (oldest first) or its reverse. */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What entities can be ranked by, and which way (counts: most first with `desc`). */
export const ENTITY_ORDER_FIELDS = ['name', 'mentions', 'articles', 'statements'] as const;
export interface EntityOrder {
  field: (typeof ENTITY_ORDER_FIELDS)[number];
  direction: SortOrder;
}

/** An entity's counts, as written with its lists (cheap to read, never counted per request). */
export interface EntityCounts {
  /** How often articles name it, summed over articles. */
  mentions: number;
  /** How many articles name it. */
  articles: number;
  /** How many statements it made. */
  statements: number;
  /** How many statements are about it. */
  about: number;
}

/** An entity with a count: a speaker and its statements about something, or a subject. */
export interface RankedEntity {
  entity: EntityRecord;
  count: number;
}

/** Disputes around an entity and/or an event (both optional: the whole graph). */
export interface DisputeFilter {
  aboutId?: string | null;
  eventId?: string | null;
}

/** A disputed statement and the ids of those disputing it, both newest first. */
export interface DisputeRecord {
  statement: StatementRecord;
  disputedByIds: string[];
}

/** How statements attach to an anchor node, for the batched relation method. */
export type StatementAnchor = 'speaker' | 'about' | 'article';

export interface Counts {
  /** Nodes per label (Entity, Person, Country, …, Article, Statement). */
  nodes: Record<string, number>;
  /** Relationships per type (MENTIONS, SAID, ABOUT, IN, HOLDS_ROLE, PARTICIPATED_IN, LOCATED_IN). */
  relationships: Record<string, number>;
}

export interface SeedProgress {
  phase: string;
  done: number;
  total: number;
}

export interface WriteOptions {
  onProgress?: (p: SeedProgress) => void;
  /** Rows per UNWIND batch. */
  batchSize?: number;
  /** After each batch of a streamed replace, what it did. */
  onBatch?: (result: MergeResult) => void;
}

/** What merging a batch did. Re-merging the same batch adds, updates and writes nothing. */
export interface MergeResult {
  added: number;
  /** Articles already there whose text changed: their statements and mentions were replaced. */
  updated: number;
  unchanged: number;
  /** Statements written (those of the added and updated articles). */
  statements: number;
  /** Ids of the added and updated articles, then of the statements written: for live feeds. */
  articleIds: string[];
  statementIds: string[];
}

export interface GraphStore extends GraphExplorer {
  /** Which engine runs underneath ("embedded" or "neo4j"), for logs and /health. */
  readonly kind: string;

  /**
   * Replace the whole graph by the document, or by a stream of batches (for corpora too large to
   * hold): readers see either the old graph or the new one, never a mix; on failure the old graph
   * stays whole and served.
   */
  replace(
    source: ExtractionDocument | AsyncIterable<ExtractionDocument>,
    options?: WriteOptions,
  ): Promise<Counts>;
  /**
   * Merge a batch into the graph, atomically: new articles are added, unchanged ones (same id and
   * text) left alone, changed ones replace their own statements and mentions; entities and events
   * are matched by id (aliases, roles, participants unioned).
   */
  merge(doc: ExtractionDocument, options?: WriteOptions): Promise<MergeResult>;
  /** Every entity but events, for extraction to resolve the names of new articles against. */
  knownEntities(): Promise<KnownEntityRecord[]>;
  counts(): Promise<Counts>;
  isEmpty(): Promise<boolean>;
  /** Changes whenever the graph is replaced or merged into: what response caches key on (one tiny read). */
  version(): Promise<string>;

  // Point lookups, aligned with the ids; null where missing.
  entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  articlesByIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  statementsByIds(ids: readonly string[]): Promise<(StatementRecord | null)[]>;
  /** Resolve names or aliases, case-insensitively; aligned with the names. */
  entitiesByNames(names: readonly string[]): Promise<(EntityRecord | null)[]>;

  // Root connections.
  /** By name unless `order` says otherwise; counts rank ties by name. */
  listEntities(filter: EntityFilter, page: PageArgs, order?: EntityOrder): Promise<Page<EntityRecord>>;
  /**
   * Speakers about an entity (all speakers without one), most statements first; `subjects` is
   * the mirror: what an entity spoke about (everything spoken about, without one).
   */
  rankedEntities(
    side: 'speakers' | 'subjects',
    entityId: string | null,
    page: PageArgs,
  ): Promise<Page<RankedEntity>>;
  entityCounts(ids: readonly string[]): Promise<EntityCounts[]>;
  /** Statements disputed by others (see src/domain/disputes.ts), newest first. */
  disputes(filter: DisputeFilter, page: PageArgs): Promise<Page<DisputeRecord>>;
  /** Per statement, the ids of the statements disputing it, newest first. */
  disputedBy(statementIds: readonly string[]): Promise<string[][]>;
  listArticles(filter: ArticleFilter, page: PageArgs, order?: SortOrder): Promise<Page<ArticleRecord>>;
  listStatements(filter: StatementFilter, page: PageArgs, order?: SortOrder): Promise<Page<StatementRecord>>;

  // Batched relations, one page per anchor id, aligned with the ids.
  statementsFor(
    anchor: StatementAnchor,
    ids: readonly string[],
    filter: Pick<StatementFilter, 'kind'>,
    page: PageArgs,
  ): Promise<Page<StatementRecord>[]>;
  /** Entities an article mentions (side 'article') or articles mentioning an entity (side 'entity'). */
  mentionsFor(
    side: 'article' | 'entity',
    ids: readonly string[],
    page: PageArgs,
  ): Promise<Page<MentionRecord>[]>;
  rolesOf(personIds: readonly string[]): Promise<RoleRecord[][]>;
  eventLinks(eventIds: readonly string[]): Promise<EventLinks[]>;
  /** Per entity, the events it took part in with its role (of one role when given), newest first. */
  eventsOf(
    entityIds: readonly string[],
    role: EventRole | null,
    first: number,
  ): Promise<EventInvolvement[][]>;

  /** The curation log, oldest first: what every write applies to what it writes. */
  curationLog(): Promise<CurationEntry[]>;
  /**
   * Record a curation and rebuild the graph with it, atomically (readers see the graph before or
   * after): when the rebuild fails, the entry is withdrawn and the graph stays as it was.
   */
  curate(op: CurationOp): Promise<CurationEntry>;
  /**
   * Withdraw logged curations. The graph keeps what they did until the next seed: a fix applied
   * to the graph cannot be taken back from the graph itself, only by extracting again.
   */
  withdrawCuration(seqs: readonly number[]): Promise<void>;

  close(): Promise<void>;
}
