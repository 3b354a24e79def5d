/**
 * Ordered adjacency lists, written on anchor nodes at load time: for each entity the ids of the
 * statements it made and of those about it, for each article its statements and mentions, each in
 * page order (and once more per statement kind, for the `kind` filter).
 *
 * Why: a generation never changes once written, so a relation page can be a slice of a precomputed
 * list instead of a traversal that sorts every neighbour. On the embedded engine a country with
 * 9,000 statements about it went from ~200 ms per page (collect and sort) to under 1 ms (slice,
 * then id lookups), and `totalCount` became `size(list)`. Cursors into these lists are positions,
 * which are stable because the generation is immutable (the cursor carries the generation).
 */
import { STATEMENT_KINDS, type ExtractionDocument, type StatementKind } from '../domain/document.js';
import type { StatementAnchor } from './graph-store.js';

const ANCHOR_NAME: Record<StatementAnchor, string> = { speaker: 'said', about: 'about', article: 'in' };

/** The node property holding an anchor's statement ids (optionally only those of one kind). */
export function statementListProperty(anchor: StatementAnchor, kind: StatementKind | null = null): string {
  return `list_${ANCHOR_NAME[anchor]}${kind ? `_${kind}` : ''}`;
}

/** Entity side: articles naming it, oldest first; article side: entities it names, most named first. */
export const MENTION_LISTS = {
  entity: { ids: 'list_mentioned_in', counts: 'list_mentioned_in_counts' },
  article: { ids: 'list_mentions', counts: 'list_mentions_counts' },
} as const;

const statementLists = (anchors: StatementAnchor[]) =>
  anchors.flatMap((anchor) => [null, ...STATEMENT_KINDS].map((kind) => statementListProperty(anchor, kind)));

/** Every list property each kind of node carries: what the load statements SET. */
export const ENTITY_LIST_PROPERTIES = [
  ...statementLists(['speaker', 'about']),
  MENTION_LISTS.entity.ids,
  MENTION_LISTS.entity.counts,
];
export const ARTICLE_LIST_PROPERTIES = [
  ...statementLists(['article']),
  MENTION_LISTS.article.ids,
  MENTION_LISTS.article.counts,
];

export type ListValues = Record<string, (string | number)[]>;

export interface SortKeys {
  statement: (index: number) => string;
  article: (id: string) => string;
  entity: (id: string) => string;
}

/** Lists per node id (only non-empty ones; an absent list reads as empty). Pure. */
export function pageLists(doc: ExtractionDocument, sortKeys: SortKeys): Map<string, ListValues> {
  const lists = new Map<string, ListValues>();
  const push = (nodeId: string, property: string, value: string | number) => {
    let values = lists.get(nodeId);
    if (!values) lists.set(nodeId, (values = {}));
    (values[property] ??= []).push(value);
  };

  const statements = doc.statements
    .map((s, index) => ({ s, key: sortKeys.statement(index) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { s } of statements) {
    const anchors: [StatementAnchor, string][] = [
      ['article', s.articleId],
      ...(s.speakerId ? [['speaker', s.speakerId] as [StatementAnchor, string]] : []),
      ...[...s.aboutIds, ...(s.eventIds ?? [])].map((id) => ['about', id] as [StatementAnchor, string]),
    ];
    for (const [anchor, nodeId] of anchors) {
      push(nodeId, statementListProperty(anchor), s.id);
      push(nodeId, statementListProperty(anchor, s.kind), s.id);
    }
  }

  const byArticle = [...doc.mentions].sort(
    (a, b) => b.count - a.count || compare(sortKeys.entity(a.entityId), sortKeys.entity(b.entityId)),
  );
  for (const m of byArticle) {
    push(m.articleId, MENTION_LISTS.article.ids, m.entityId);
    push(m.articleId, MENTION_LISTS.article.counts, m.count);
  }
  const byEntity = [...doc.mentions].sort((a, b) => compare(sortKeys.article(a.articleId), sortKeys.article(b.articleId)));
  for (const m of byEntity) {
    push(m.entityId, MENTION_LISTS.entity.ids, m.articleId);
    push(m.entityId, MENTION_LISTS.entity.counts, m.count);
  }
  return lists;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A position in a list of one generation, as the store's cursor. */
export function listCursor(gen: number, position: number): string {
  return `${gen}:${position}`;
}

export function parseListCursor(cursor: string): { gen: number; position: number } | null {
  const match = /^(\d+):(\d+)$/.exec(cursor);
  return match ? { gen: Number(match[1]), position: Number(match[2]) } : null;
}
