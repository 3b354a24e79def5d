/**
 * The speaker → subject network, for Gephi users who want who-speaks-about-whom rather than the
 * statements themselves: entities as nodes, one directed edge per (speaker, subject) weighted by
 * the statements, with a count per stance. Takes the filters of the graph export: the whole
 * network, or the part within `depth` hops of some entities, at most `limit` nodes.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { STANCES, type Stance } from '../domain/document.js';
import type { SpeakerSubjectRecord } from '../store/graph-explorer.js';
import type { GraphStore } from '../store/graph-store.js';
import type { AttributeList, ExportGraph } from './export-graph.js';

/** Statements with no stance known are counted apart, so that the stance counts sum to the weight. */
export const NO_STANCE = 'unmarked';
type StanceCounts = Partial<Record<Stance | typeof NO_STANCE, number>>;

export interface SpeakerNodeFacts {
  /** Statements the entity made (about anyone in the network). */
  said: number;
  /** Statements made about the entity. */
  spokenAbout: number;
}
export type SpeakerEdgeFacts = StanceCounts & { weight: number };

export const SPEAKER_ATTRIBUTES = {
  node: [
    ['type', 'string'],
    ['said', 'integer'],
    ['spokenAbout', 'integer'],
  ],
  edge: [
    ['type', 'string'],
    ['weight', 'integer'],
    ...[...STANCES, NO_STANCE].map((stance) => [stance, 'integer'] as const),
  ],
} as const satisfies { node: AttributeList; edge: AttributeList };

export const SPOKE_ABOUT = 'SPOKE_ABOUT';

interface Pair {
  speaker: string;
  subject: string;
  weight: number;
  stances: StanceCounts;
}

/** One pair per (speaker, subject), the stance rows summed. Pure. */
export function pairsOf(rows: readonly SpeakerSubjectRecord[]): Pair[] {
  const pairs = new Map<string, Pair>();
  for (const row of rows) {
    const key = `${row.speakerId}\u0000${row.subjectId}`;
    const pair = pairs.get(key) ?? { speaker: row.speakerId, subject: row.subjectId, weight: 0, stances: {} };
    pairs.set(key, pair);
    const stance = row.stance ?? NO_STANCE;
    pair.weight += row.count;
    pair.stances[stance] = (pair.stances[stance] ?? 0) + row.count;
  }
  return [...pairs.values()];
}

/**
 * The entities kept, in order: with `ids`, those ids and then each hop's new neighbours (either
 * direction) up to `depth`; without, every speaker and subject, the most connected first. Pure.
 */
export function keptEntities(pairs: readonly Pair[], ids: readonly string[] | null, depth: number): string[] {
  const weight = new Map<string, number>();
  const neighbours = new Map<string, Set<string>>();
  for (const p of pairs) {
    for (const [a, b] of [
      [p.speaker, p.subject],
      [p.subject, p.speaker],
    ] as const) {
      weight.set(a, (weight.get(a) ?? 0) + p.weight);
      const set = neighbours.get(a) ?? new Set<string>();
      set.add(b);
      neighbours.set(a, set);
    }
  }
  const heaviest = (list: Iterable<string>) =>
    [...list].sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b));
  if (!ids) return heaviest(weight.keys());
  const kept = [...new Set(ids)].filter((id) => weight.has(id));
  const seen = new Set(kept);
  let frontier = kept;
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next = heaviest(
      new Set(frontier.flatMap((id) => [...neighbours.get(id)!].filter((n) => !seen.has(n)))),
    );
    for (const id of next) seen.add(id);
    kept.push(...next);
    frontier = next;
  }
  return kept;
}

export async function exportSpeakerNetwork(
  store: GraphStore,
  filter: { ids: readonly string[] | null; depth: number; limit: number },
): Promise<ExportGraph<SpeakerNodeFacts, SpeakerEdgeFacts>> {
  const pairs = pairsOf(await store.speakerNetwork());
  const ordered = keptEntities(pairs, filter.ids, filter.depth);
  const kept = ordered.slice(0, filter.limit);
  const keep = new Set(kept);
  const edges = pairs.filter((p) => keep.has(p.speaker) && keep.has(p.subject));
  const records = await store.entitiesByIds(kept);
  const typeOf = new Map(records.flatMap((r) => (r ? [[r.id, r.type] as const] : [])));
  const gid = (id: string) => encodeGlobalID(typeOf.get(id) ?? 'Node', id);
  const said = new Map<string, number>();
  const about = new Map<string, number>();
  for (const e of edges) {
    said.set(e.speaker, (said.get(e.speaker) ?? 0) + e.weight);
    about.set(e.subject, (about.get(e.subject) ?? 0) + e.weight);
  }
  return {
    nodes: kept.map((id, i) => ({
      id: gid(id),
      label: records[i]?.name ?? id,
      type: typeOf.get(id) ?? 'Node',
      said: said.get(id) ?? 0,
      spokenAbout: about.get(id) ?? 0,
    })),
    edges: edges.map((e) => ({
      id: `${gid(e.speaker)}-${SPOKE_ABOUT}-${gid(e.subject)}`,
      source: gid(e.speaker),
      target: gid(e.subject),
      type: SPOKE_ABOUT,
      weight: e.weight,
      ...e.stances,
    })),
    truncated: ordered.length > filter.limit,
    limit: filter.limit,
    attributes: SPEAKER_ATTRIBUTES,
  };
}
