/**
 * Read methods for exploring the graph as a graph (search, paths, neighbourhoods, related entities).
 * Part of GraphStore; kept in their own file because they answer a different kind of question
 * than the record lookups and connections of graph-store.ts.
 */
import type { EntityType, Stance } from '../domain/document.js';

/** A node as drawn: store id, the GraphQL type it maps to, and a human label. */
export interface GraphNodeRecord {
  id: string;
  /** Person, Country, Organization, Place, Event, Article or Statement. */
  type: string;
  /** Name, title, or the statement text. */
  label: string;
}

export interface GraphEdgeRecord {
  /**
   * Stable and unique: `${source}-${type}-${target}`, and for a role `…-${title}` too (a person
   * can hold two roles at one organisation).
   */
  id: string;
  source: string;
  target: string;
  type: string;
  /** HOLDS_ROLE: the role's title ("Foreign Minister"). */
  title?: string;
}

/** Statements one entity made about another with one stance (null: none known). */
export interface SpeakerSubjectRecord {
  speakerId: string;
  subjectId: string;
  stance: Stance | null;
  count: number;
}

export interface GraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
}

export interface SearchHitRecord {
  /** The entity or statement id. */
  id: string;
  type: string;
  score: number;
}

export interface SearchOptions {
  /** Only entities of these types; statements are searched when this is empty or omitted. */
  types?: EntityType[] | null;
  first: number;
}

export interface RelatedRecord {
  id: string;
  /** How strongly connected: shared statements count more than shared articles. */
  weight: number;
  /** Why: "said something about", "spoken about by", "co-mentioned", "took part in the same event". */
  reasons: string[];
}

export interface TimelineRecord {
  date: string | null;
  type: 'Statement' | 'Event';
  id: string;
}

export interface GraphExplorer {
  /** Full-text search over entity names and aliases and statement text; ranked, best first. */
  search(query: string, options: SearchOptions): Promise<SearchHitRecord[]>;
  /**
   * The nodes within `depth` hops of the given ids (entities, articles, statements) and the edges
   * among them, at most `limit` nodes, the given nodes first.
   */
  neighborhood(ids: readonly string[], depth: number, limit: number): Promise<GraphRecord>;
  /** Shortest path between two nodes as ordered nodes and edges, or null beyond maxHops. */
  path(fromId: string, toId: string, maxHops: number): Promise<GraphRecord | null>;
  /** Entities connected to each id through statements, articles or events; aligned with ids. */
  related(ids: readonly string[], first: number): Promise<RelatedRecord[][]>;
  /** Statements by or about an entity and the events it took part in, by date (undated last). */
  timeline(entityId: string, first: number): Promise<TimelineRecord[]>;
  /** The whole graph (for exports without ids), at most `limit` nodes. */
  wholeGraph(limit: number): Promise<GraphRecord>;
  /** Who spoke about whom: statement counts per speaker, subject and stance (the speaker network). */
  speakerNetwork(): Promise<SpeakerSubjectRecord[]>;
}
