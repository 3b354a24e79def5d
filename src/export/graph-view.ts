import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphRecord } from '../store/graph-explorer.js';

/**
 * A drawable view of part of the graph: what `neighborhood` returns and what the exporters write.
 * Node ids are the API's global ids, so clients can merge expansions and refetch with `node(id:)`.
 */
export interface ViewNode {
  id: string;
  label: string;
  /** GraphQL type name: Person, Country, Organization, Place, Event, Article, Statement. */
  type: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  /** Relationship type: SAID, ABOUT, IN, MENTIONS, HOLDS_ROLE, PARTICIPATED_IN, LOCATED_IN. */
  type: string;
}

export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

/** Turn store ids into the API's global ids: what GraphQL clients and export files both see. */
export function toGraphView(graph: GraphRecord): GraphView {
  const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]));
  const globalId = (id: string) => encodeGlobalID(typeOf.get(id) ?? 'Node', id);
  return {
    nodes: graph.nodes.map((n) => ({ id: globalId(n.id), label: n.label, type: n.type })),
    edges: graph.edges
      .filter((e) => typeOf.has(e.source) && typeOf.has(e.target))
      .map((e) => ({ id: e.id, source: globalId(e.source), target: globalId(e.target), type: e.type })),
  };
}
