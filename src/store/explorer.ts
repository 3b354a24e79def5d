import type { EntityType, Stance } from '../domain/document.js';
import { CYPHER } from './cypher/registry.js';
import type {
  GraphEdgeRecord,
  GraphExplorer,
  GraphNodeRecord,
  GraphRecord,
  RelatedRecord,
  SearchHitRecord,
  SearchOptions,
  SpeakerSubjectRecord,
  TimelineRecord,
} from './graph-explorer.js';
import type { CypherRunner, Row } from './runner.js';
import { foldWords } from './text-keys.js';

/** The exploring half of the store: search, neighbourhoods, paths, related entities, timelines. */
export class Explorer implements GraphExplorer {
  constructor(private readonly runner: CypherRunner) {}

  async search(query: string, options: SearchOptions): Promise<SearchHitRecord[]> {
    // Indexed text is folded words plus their prefixes (see text-keys.ts): query with folded words.
    const words = foldWords(query);
    if (!words.length) return [];
    const terms = words.join(' ');
    // Over-fetch: the index also holds a generation being written, and type filters apply after it.
    const k = options.first * 4 + 20;
    const types: EntityType[] | null = options.types?.length ? options.types : null;
    const [entities, statements] = await Promise.all([
      this.runner.read(CYPHER.searchEntities, { query: terms, k, types, first: options.first }),
      types
        ? Promise.resolve([])
        : this.runner.read(CYPHER.searchStatements, { query: terms, k, first: options.first }),
    ]);
    return [...entities, ...statements]
      .map((r) => ({ id: String(r.id), type: String(r.type), score: Number(r.score) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, options.first);
  }

  /** Breadth-first, one query per hop, never more than `limit` nodes: the start nodes first. */
  async neighborhood(ids: readonly string[], depth: number, limit: number): Promise<GraphRecord> {
    const start = (await this.runner.read(CYPHER.nodesByIds, { ids: [...ids] })).map(toNode);
    const order = new Map(ids.map((id, i) => [id, i]));
    const nodes = start.sort((a, b) => order.get(a.id)! - order.get(b.id)!).slice(0, limit);
    let frontier = nodes.map((n) => n.id);
    for (let hop = 0; hop < depth && frontier.length && nodes.length < limit; hop++) {
      const next = (
        await this.runner.read(CYPHER.neighborsOf, {
          ids: frontier,
          seen: nodes.map((n) => n.id),
          limit: limit - nodes.length,
        })
      )
        .map(toNode)
        // Engines enumerate a hop's matches in their own order: each hop comes sorted, the same on both.
        .sort((a, b) => a.id.localeCompare(b.id));
      nodes.push(...next);
      frontier = next.map((n) => n.id);
    }
    return { nodes, edges: await this.edgesAmong(nodes) };
  }

  async wholeGraph(limit: number): Promise<GraphRecord> {
    const nodes = (await this.runner.read(CYPHER.allNodes, { limit })).map(toNode);
    return { nodes, edges: await this.edgesAmong(nodes) };
  }

  private async edgesAmong(nodes: GraphNodeRecord[]): Promise<GraphEdgeRecord[]> {
    if (!nodes.length) return [];
    const ids = new Set(nodes.map((n) => n.id));
    const rows = await this.runner.read(CYPHER.edgesOf, { ids: [...ids] });
    return (
      rows
        .filter((r) => ids.has(String(r.source)) && ids.has(String(r.target)))
        .map((r) => toEdge(String(r.source), String(r.type), String(r.target), r.title))
        // Engines return the union's rows in their own order: edges come sorted, the same on both.
        .sort((a, b) => edgeKey(a).localeCompare(edgeKey(b)))
    );
  }

  async speakerNetwork(): Promise<SpeakerSubjectRecord[]> {
    const rows = await this.runner.read(CYPHER.speakerNetwork, {});
    return rows.map((r) => ({
      speakerId: String(r.speaker),
      subjectId: String(r.subject),
      stance: r.stance == null ? null : (String(r.stance) as Stance),
      count: Number(r.count),
    }));
  }

  async path(fromId: string, toId: string, maxHops: number): Promise<GraphRecord | null> {
    if (fromId === toId) {
      const { nodes } = await this.neighborhood([fromId], 1, 1);
      return nodes.length ? { nodes, edges: [] } : null;
    }
    const [row] = await this.runner.read(CYPHER.shortestPath, { from: fromId, to: toId });
    const rels = (row?.rels as { type: string; source: string; target: string }[] | undefined) ?? [];
    if (!row || rels.length > maxHops) return null;
    const nodes = (row.nodes as { id: string; labels: string[]; label: string | null }[]).map((n) => ({
      id: String(n.id),
      type: n.labels.find((l) => l !== 'Item' && l !== 'Entity') ?? 'Node',
      label: String(n.label ?? n.id),
    }));
    return { nodes, edges: rels.map((r) => toEdge(String(r.source), String(r.type), String(r.target))) };
  }

  async related(ids: readonly string[], first: number): Promise<RelatedRecord[][]> {
    const rows = await this.runner.read(CYPHER.related, { ids: [...new Set(ids)] });
    const byAnchor = new Map<string, Map<string, RelatedRecord>>();
    for (const r of rows) {
      const anchor = String(r.anchor);
      const others = byAnchor.get(anchor) ?? new Map<string, RelatedRecord>();
      byAnchor.set(anchor, others);
      const other = String(r.other);
      const entry = others.get(other) ?? { id: other, weight: 0, reasons: [] };
      entry.weight += Number(r.weight);
      entry.reasons.push(String(r.reason));
      others.set(other, entry);
    }
    return ids.map((id) =>
      [...(byAnchor.get(id)?.values() ?? [])]
        .map((e) => ({ ...e, reasons: [...new Set(e.reasons)].sort() }))
        .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
        .slice(0, first),
    );
  }

  async timeline(entityId: string, first: number): Promise<TimelineRecord[]> {
    const rows = await this.runner.read(CYPHER.timeline, { id: entityId, first });
    return rows.map((r) => ({
      id: String(r.id),
      type: r.type === 'Event' ? 'Event' : 'Statement',
      date: r.date == null ? null : String(r.date),
    }));
  }
}

function toNode(r: Row): GraphNodeRecord {
  return { id: String(r.id), type: String(r.type), label: String(r.label ?? r.id) };
}

function toEdge(source: string, type: string, target: string, title?: unknown): GraphEdgeRecord {
  const id = `${source}-${type}-${target}`;
  if (title == null || title === '') return { id, source, target, type };
  return { id: `${id}-${String(title)}`, source, target, type, title: String(title) };
}

const edgeKey = (e: GraphEdgeRecord) => `${e.source}\u0000${e.type}\u0000${e.target}\u0000${e.title ?? ''}`;
