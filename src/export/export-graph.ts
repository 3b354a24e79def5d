import type { EventType, Stance, StatementKind } from '../domain/document.js';
import type { GraphRecord } from '../store/graph-explorer.js';
import type { GraphStore } from '../store/graph-store.js';
import { toGraphView, type ViewEdge, type ViewNode } from './graph-view.js';

/** What Gephi and Cytoscape users size and filter by, beside the label and type. */
export interface NodeFacts {
  /** Entities: how many times the articles name it, in all. */
  mentions?: number;
  /** Entities: how many articles name it. */
  articles?: number;
  /** Articles: published; statements: their article's date; events: when. */
  date?: string;
  /** Events: what kind of happening ("attack", "protest"). */
  eventType?: EventType;
  kind?: StatementKind;
  stance?: Stance;
  cue?: string;
  /** Statements: the speaker is reported NOT to have said it. */
  negated?: boolean;
}

/**
 * A statement's facts, repeated on its edges (SAID, ABOUT, IN) so that edges filter alone; a
 * role's title on its HOLDS_ROLE edge.
 */
export type EdgeFacts = Pick<NodeFacts, 'date' | 'kind' | 'stance' | 'cue' | 'negated'> & { title?: string };

/** An attribute written to the files: its name and its type (GEXF's names: string, integer, boolean). */
export type AttributeList = readonly (readonly [string, 'string' | 'integer' | 'boolean'])[];

export interface ExportGraph<N extends object = NodeFacts, E extends object = EdgeFacts> {
  nodes: (ViewNode & N)[];
  edges: (ViewEdge & E)[];
  /** True when the graph had more nodes than `limit` and the export was cut. */
  truncated: boolean;
  limit: number;
  /** The attributes nodes and edges carry besides label and type, declared in that order. */
  attributes: { node: AttributeList; edge: AttributeList };
}

/** What the graph export declares: counts as integers, so that Gephi can size by them. */
export const GRAPH_ATTRIBUTES = {
  node: [
    ['type', 'string'],
    ['mentions', 'integer'],
    ['articles', 'integer'],
    ['date', 'string'],
    ['eventType', 'string'],
    ['kind', 'string'],
    ['stance', 'string'],
    ['cue', 'string'],
    ['negated', 'boolean'],
  ],
  edge: [
    ['type', 'string'],
    ['title', 'string'],
    ['kind', 'string'],
    ['stance', 'string'],
    ['cue', 'string'],
    ['negated', 'boolean'],
    ['date', 'string'],
  ],
} as const satisfies ExportGraph['attributes'];

/**
 * Edge ids unique whatever the store gave: a repeated id gets `#2`, `#3`. Every loader (Gephi,
 * graphology, Cytoscape) drops or refuses an edge whose id it has seen.
 */
export function uniqueEdgeIds<E extends { id: string }>(edges: E[]): E[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const n = (seen.get(edge.id) ?? 0) + 1;
    seen.set(edge.id, n);
    return n === 1 ? edge : { ...edge, id: `${edge.id}#${n}` };
  });
}

const ENTITY_TYPES = new Set(['Person', 'Country', 'Organization', 'Place', 'Event']);
/** Mentions are kept per article on each entity; an export wants them all. */
const ALL = { first: Number.MAX_SAFE_INTEGER - 1 };

const defined = <T extends object>(facts: T) =>
  Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== null)) as T;

/**
 * The export of a graph read with one node more than `limit`: the extra node, if any, says the
 * graph was cut. Facts are read with the store's batch lookups, a few calls whatever the size.
 */
export async function exportGraph(store: GraphStore, read: GraphRecord, limit: number): Promise<ExportGraph> {
  const kept = read.nodes.slice(0, limit);
  const idsOf = (test: (type: string) => boolean) => kept.filter((n) => test(n.type)).map((n) => n.id);
  const entityIds = idsOf((t) => ENTITY_TYPES.has(t));
  const eventIds = idsOf((t) => t === 'Event');
  const [statements, mentionPages, events] = await Promise.all([
    store.statementsByIds(idsOf((t) => t === 'Statement')),
    store.mentionsFor('entity', entityIds, ALL),
    store.entitiesByIds(eventIds),
  ]);
  const statementRows = statements.flatMap((s) => (s ? [s] : []));
  const articleIds = [
    ...new Set([...idsOf((t) => t === 'Article'), ...statementRows.map((s) => s.articleId)]),
  ];
  const articles = await store.articlesByIds(articleIds);
  const published = new Map(articles.flatMap((a) => (a ? [[a.id, a.publishedAt] as const] : [])));

  const facts = new Map<string, NodeFacts>();
  entityIds.forEach((id, i) => {
    const page = mentionPages[i]!;
    facts.set(id, {
      mentions: page.edges.reduce((sum, e) => sum + e.node.count, 0),
      articles: page.totalCount,
    });
  });
  for (const event of events) {
    if (!event) continue;
    facts.set(
      event.id,
      defined({ ...facts.get(event.id), date: event.date ?? undefined, eventType: event.event?.type }),
    );
  }
  for (const [id, date] of published) if (date) facts.set(id, { date });
  const said = new Map<string, EdgeFacts>();
  for (const s of statementRows) {
    const date = published.get(s.articleId) ?? undefined;
    const edgeFacts = defined({
      kind: s.kind,
      stance: s.stance ?? undefined,
      cue: s.cue,
      negated: s.negated,
      date,
    });
    said.set(s.id, edgeFacts);
    facts.set(s.id, edgeFacts);
  }

  const view = toGraphView({ nodes: kept, edges: read.edges });
  // toGraphView keeps the nodes in order; edges carry store ids in theirs (source-TYPE-target).
  const nodes = view.nodes.map((node, i) => ({ ...node, ...facts.get(kept[i]!.id) }));
  const storeEdges = new Map(read.edges.map((e) => [e.id, e]));
  const edges = uniqueEdgeIds(
    view.edges.map((edge) => {
      const ends = storeEdges.get(edge.id)!;
      const title = ends.title ? { title: ends.title } : {};
      return { ...edge, ...title, ...(said.get(ends.source) ?? said.get(ends.target)) };
    }),
  );
  return { nodes, edges, truncated: read.nodes.length > limit, limit, attributes: GRAPH_ATTRIBUTES };
}
