/**
 * Ordered adjacency lists, kept on anchor nodes: for each entity the ids of the statements it made
 * and of those about it and of the articles naming it, for each article its statements and the
 * entities it names, each in page order (and once more per statement kind, for the `kind` filter).
 *
 * Why: a relation page is then a slice of a list instead of a traversal that sorts every
 * neighbour. On the embedded engine a country with 9,000 statements about it went from ~200 ms per
 * page (collect and sort) to under 1 ms (slice, then id lookups), and `totalCount` became
 * `size(list)`.
 *
 * Article lists are written whole with their article. Entity lists grow as articles arrive, so
 * each carries the items' sort keys, in the same order: a merge inserts new items in place and
 * drops replaced ones without reading the items themselves (see `patchList`). Only merges read
 * the keys, never Cypher, so they are stored as one string (`KEY_SEPARATOR` between keys): on the
 * embedded engine every list item is an allocation of its own, about 230 bytes while it is being
 * written, and one string instead of a list took a quarter off the memory a seed's last step adds.
 *
 * A cursor is a position plus the id found there: when items were inserted before it since, the
 * id is looked up again, so cursors survive merges and reseeds (ids are stable).
 */
import { STATEMENT_KINDS, type StatementKind } from '../domain/document.js';
import type { StatementAnchor } from './graph-store.js';

const ANCHOR_NAME: Record<StatementAnchor, string> = { speaker: 'said', about: 'about', article: 'in' };

/** The node property holding an anchor's statement ids (optionally only those of one kind). */
export function statementListProperty(anchor: StatementAnchor, kind: StatementKind | null = null): string {
  return `list_${ANCHOR_NAME[anchor]}${kind ? `_${kind}` : ''}`;
}

/**
 * The date part of an undated article's sort key: after every real date, so that undated articles
 * come last oldest-first, and (see the registry's NEWEST_FIRST) last newest-first too.
 */
export const UNDATED = '9999-99-99';

/** Entity side: articles naming it, oldest first; article side: entities it names, most named first. */
export const MENTION_LISTS = {
  entity: { ids: 'list_mentioned_in', counts: 'list_mentioned_in_counts' },
  article: { ids: 'list_mentions', counts: 'list_mentions_counts' },
} as const;

/** The property holding the sort keys of a growing list's items, parallel to it. */
export const keysOf = (list: string) => `${list}_keys`;

/**
 * Between the sort keys of one list's items: the ASCII unit separator, which no key holds (keys are
 * built from publication dates and base-36 numbers; validateDocument refuses control characters in
 * dates).
 */
export const KEY_SEPARATOR = '\u001f';

const statementLists = (anchors: StatementAnchor[]) =>
  anchors.flatMap((anchor) => [null, ...STATEMENT_KINDS].map((kind) => statementListProperty(anchor, kind)));

/** Entity lists that merges patch: statements said and about, articles naming it. */
export const ENTITY_LISTS = [...statementLists(['speaker', 'about']), MENTION_LISTS.entity.ids];

/** Every list property each kind of node carries: what the write statements SET. */
export const ENTITY_LIST_PROPERTIES = [
  ...ENTITY_LISTS.flatMap((list) => [list, keysOf(list)]),
  MENTION_LISTS.entity.counts,
];

/**
 * An entity's counts, written beside its lists whenever they are (at a seed's end, by each merge):
 * rankings then sort on a property instead of measuring every entity's lists per request.
 */
export const ENTITY_COUNTS = {
  /** How often articles name it, summed. */
  mentions: 'mentionCount',
  /** How many articles name it. */
  articles: 'articleCount',
  /** How many statements it made. */
  statements: 'statementCount',
  /** How many statements are about it. */
  about: 'aboutCount',
} as const;
export type EntityCountName = keyof typeof ENTITY_COUNTS;

/** The count columns of an entity whose lists are `columns`. */
export function countColumns(columns: ListValues): Record<string, number> {
  const size = (list: string) => (Array.isArray(columns[list]) ? (columns[list] as unknown[]).length : 0);
  const counts = columns[MENTION_LISTS.entity.counts];
  return {
    [ENTITY_COUNTS.mentions]: Array.isArray(counts) ? counts.reduce<number>((n, c) => n + Number(c), 0) : 0,
    [ENTITY_COUNTS.articles]: size(MENTION_LISTS.entity.ids),
    [ENTITY_COUNTS.statements]: size(statementListProperty('speaker')),
    [ENTITY_COUNTS.about]: size(statementListProperty('about')),
  };
}
export const ARTICLE_LIST_PROPERTIES = [
  ...statementLists(['article']),
  MENTION_LISTS.article.ids,
  MENTION_LISTS.article.counts,
];

/** List properties as written: lists, and a growing list's keys as one string. */
export type ListValues = Record<string, (string | number)[] | string>;

/** An item to place in a list: its id, its sort key, and for mention lists how often it is named. */
export interface ListItem {
  id: string;
  key: string;
  count?: number;
}

/** A growing list as stored: ids with their sort keys (and counts, for mentions). */
export interface StoredList {
  ids: string[];
  keys: string[];
  counts?: number[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A list with some items removed (by id) and others inserted in sort-key order. Both sides are
 * sorted, so one linear merge does it; an id already present is not added twice. Pure.
 */
export function patchList(
  list: StoredList,
  remove: ReadonlySet<string>,
  add: readonly ListItem[],
): StoredList {
  const withCounts = list.counts !== undefined || add.some((item) => item.count !== undefined);
  const kept: ListItem[] = [];
  list.ids.forEach((id, i) => {
    if (!remove.has(id)) kept.push({ id, key: list.keys[i] ?? '', count: list.counts?.[i] });
  });
  const present = new Set(kept.map((item) => item.id));
  const fresh = add.filter((item) => !present.has(item.id) && Boolean(present.add(item.id)));
  fresh.sort((a, b) => compare(a.key, b.key));
  const out: StoredList = { ids: [], keys: [], ...(withCounts ? { counts: [] } : {}) };
  const push = (item: ListItem) => {
    out.ids.push(item.id);
    out.keys.push(item.key);
    out.counts?.push(item.count ?? 0);
  };
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    if (j >= fresh.length || (i < kept.length && compare(kept[i]!.key, fresh[j]!.key) <= 0)) push(kept[i++]!);
    else push(fresh[j++]!);
  }
  return out;
}

/** The stored columns of a growing list. */
export function listColumns(list: string, value: StoredList): ListValues {
  const columns: ListValues = { [list]: value.ids, [keysOf(list)]: value.keys.join(KEY_SEPARATOR) };
  if (value.counts) columns[MENTION_LISTS.entity.counts] = value.counts;
  return columns;
}

/** A growing list's keys as stored: one string, or a list (as graphs written before kept them). */
function storedKeys(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : value.split(KEY_SEPARATOR);
  return Array.isArray(value) ? value.map(String) : [];
}

/** A growing list read back from a node's row (absent lists are empty). */
export function storedList(row: Record<string, unknown>, list: string): StoredList {
  const ids = (row[list] as string[] | null | undefined) ?? [];
  const stored: StoredList = { ids: ids.map(String), keys: storedKeys(row[keysOf(list)]) };
  if (list === MENTION_LISTS.entity.ids) {
    stored.counts = ((row[MENTION_LISTS.entity.counts] as number[] | null | undefined) ?? []).map(Number);
  }
  return stored;
}

/** A position in a list and the id found there, as the store's cursor. */
export function listCursor(position: number, id: string): string {
  return `${position}:${id}`;
}

export function parseListCursor(cursor: string): { position: number; id: string } | null {
  const match = /^(\d+):(.+)$/s.exec(cursor);
  return match ? { position: Number(match[1]), id: match[2]! } : null;
}
