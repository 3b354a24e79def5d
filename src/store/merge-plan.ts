/**
 * What a batch changes in a generation, worked out before anything is written: which articles are
 * new, changed or unchanged, and the ordered write steps that bring the generation up to date.
 * Pure, so that what gets written can be tested without a store; the store reads the state it
 * needs (GraphState), asks for the plan, and runs its steps.
 *
 * Rules: a new article is added; an article with the same id and the same text (content hash) is
 * left alone; one whose text changed replaces its own statements and mentions. Entities are
 * matched by id: aliases and roles are unioned, the first name stays. Events are matched by id:
 * their articles, participants and places are unioned.
 */
import { createHash } from 'node:crypto';
import type {
  AliasDoc,
  ArticleDoc,
  EntityDoc,
  EventDoc,
  EventRole,
  ExtractionDocument,
  StatementDoc,
  StatementKind,
} from '../domain/document.js';
import { CYPHER } from './cypher/registry.js';
import {
  ENTITY_LISTS,
  UNDATED,
  countColumns,
  MENTION_LISTS,
  listColumns,
  patchList,
  statementListProperty,
  storedList,
  type ListItem,
  type ListValues,
} from './page-lists.js';
import { foldKey, searchText } from './text-keys.js';

/** One UNWIND statement and all its rows; the store cuts the rows into batches. */
export interface LoadStep {
  phase: string;
  cypher: string;
  rows: Record<string, unknown>[];
}

/** A statement as stored, with the anchors whose lists hold it. */
export interface StoredStatement {
  id: string;
  speakerId: string | null;
  aboutIds: string[];
  eventIds?: string[];
  kind: StatementKind;
}

/** An article as the target generation holds it. */
export interface StoredArticle {
  id: string;
  contentHash: string | null;
  seq: number;
  statements: StoredStatement[];
  /** Entities it names. */
  mentionIds: string[];
}

export interface StoredEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  aliasEvidence: AliasDoc[];
  /** Every name and alias, folded. */
  keys: string[];
  /** Role titles that name no country or organization. */
  roleTitles: string[];
  /** HOLDS_ROLE relationships already there. */
  roles: { title: string; ofId: string }[];
  code: string | null;
  date: string | null;
  /** Events: the articles that report them. */
  articleIds: string[] | null;
  /** Events: what they are and who and where, as stored. */
  event?: StoredEvent;
}

export interface StoredEvent {
  type: string;
  description: string | null;
  dateEnd: string | null;
  /** As stored: JSON. */
  figures: string | null;
  participantIds: string[];
  countryIds: string[];
  placeIds: string[];
}

/** What the target generation holds that the batch touches, read by the store before planning. */
export interface GraphState {
  gen: number;
  /** The first free article sequence number: new articles take the next ones, in input order. */
  nextSeq: number;
  articles: ReadonlyMap<string, StoredArticle>;
  /** Content hash → the article that has that text, to recognise copies across batches. */
  copies: ReadonlyMap<string, string>;
  entities: ReadonlyMap<string, StoredEntity>;
  /** The growing lists of touched entities, as node rows, by entity id. */
  lists: ReadonlyMap<string, Record<string, unknown>>;
}

export const emptyState = (gen: number, nextSeq = 0): GraphState => ({
  gen,
  nextSeq,
  articles: new Map(),
  copies: new Map(),
  entities: new Map(),
  lists: new Map(),
});

/**
 * How an article's text is recognised: its content hash (set by every reader), else a hash of its
 * title and paragraphs, for documents built by hand.
 */
export function fingerprint(article: Pick<ArticleDoc, 'contentHash' | 'title' | 'paragraphs'>): string {
  if (article.contentHash) return article.contentHash;
  const text = JSON.stringify([article.title, article.paragraphs]);
  return `doc_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}

export interface BatchSplit {
  /** The part of the batch to write: new and changed articles and what belongs to them. */
  doc: ExtractionDocument;
  added: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * Split a batch against what the generation holds. The kept document is self-contained: the
 * entities and events its statements, mentions and events refer to, and the targets of their
 * roles.
 */
export function splitBatch(
  doc: ExtractionDocument,
  stored: ReadonlyMap<string, StoredArticle>,
  /** Entities kept even when nothing refers to them (those a curation created). */
  keep: ReadonlySet<string> = new Set(),
): BatchSplit {
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const a of doc.articles) {
    const old = stored.get(a.id);
    if (!old) added.push(a.id);
    else if (old.contentHash === fingerprint(a)) unchanged.push(a.id);
    else updated.push(a.id);
  }
  const kept = new Set([...added, ...updated]);
  const statements = doc.statements.filter((s) => kept.has(s.articleId));
  const mentions = doc.mentions.filter((m) => kept.has(m.articleId));
  const events = doc.events.filter((v) => v.articleIds.some((id) => kept.has(id)));
  const referenced = new Set<string>([
    ...statements.flatMap((s) => [...(s.speakerId ? [s.speakerId] : []), ...s.aboutIds]),
    ...events.flatMap((v) => [...v.countryIds, ...v.actorIds, ...v.targetIds]),
    ...mentions.map((m) => m.entityId),
    ...events.flatMap((v) => [...v.participantIds, ...v.placeIds]),
    ...doc.entities.filter((e) => keep.has(e.id)).map((e) => e.id),
  ]);
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  // Roles point at other entities, which must come along (and their roles, and so on).
  const queue = [...referenced];
  while (queue.length) {
    for (const role of byId.get(queue.pop()!)?.roles ?? []) {
      if (role.of && !referenced.has(role.of)) {
        referenced.add(role.of);
        queue.push(role.of);
      }
    }
  }
  return {
    doc: {
      articles: doc.articles.filter((a) => kept.has(a.id)),
      entities: doc.entities.filter((e) => referenced.has(e.id)),
      mentions,
      statements,
      events,
    },
    added,
    updated,
    unchanged,
  };
}

/** Entities whose growing lists a kept batch changes: anchors of new and of replaced items. */
export function touchedEntities(
  doc: ExtractionDocument,
  stored: ReadonlyMap<string, StoredArticle>,
): string[] {
  const touched = new Set<string>();
  const anchors = (s: Pick<StatementDoc, 'speakerId' | 'aboutIds' | 'eventIds'>) => {
    if (s.speakerId) touched.add(s.speakerId);
    for (const id of subjects(s)) touched.add(id);
  };
  doc.statements.forEach(anchors);
  for (const m of doc.mentions) touched.add(m.entityId);
  for (const a of doc.articles) {
    const old = stored.get(a.id);
    old?.statements.forEach(anchors);
    for (const id of old?.mentionIds ?? []) touched.add(id);
  }
  return [...touched];
}

const base36 = (n: number, width: number) => n.toString(36).padStart(width, '0');

/** What a statement is about, in its lists and ABOUT relationships: entities, then events. */
const subjects = (s: Pick<StatementDoc, 'aboutIds' | 'eventIds'>) => [...s.aboutIds, ...(s.eventIds ?? [])];

/** Oldest first; articles of one day in the order they arrived. */
export const articleSortKey = (publishedAt: string | null, seq: number) =>
  `${publishedAt ?? UNDATED}|${base36(seq, 7)}`;

export const entitySortKey = (name: string, id: string) => `${foldKey(name)}|${id}`;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];
const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export interface MergePlan {
  steps: LoadStep[];
  /** The next free article sequence number after this batch. */
  nextSeq: number;
}

/**
 * The write steps for a kept batch (see splitBatch), in order: removals, nodes, relationships,
 * then the touched entities' lists. Relationships are created, not merged: the state says which
 * already exist (a MERGE from a hub scanned the hub's whole adjacency for every row).
 */
export interface PlanOptions {
  /**
   * Patch the lists of the entities the batch touches (default). A seed leaves them out and
   * builds every entity's lists once at the end instead (see ListItems): patching hub lists at
   * every batch made seeding quadratic in the size of the biggest hub.
   */
  entityLists?: boolean;
}

export function mergePlan(doc: ExtractionDocument, state: GraphState, options: PlanOptions = {}): MergePlan {
  const { gen } = state;
  const key = (id: string) => `${gen}:${id}`;
  const steps: LoadStep[] = [];
  const step = (phase: string, cypher: string, rows: Record<string, unknown>[]) => {
    if (rows.length) steps.push({ phase, cypher, rows });
  };

  // --- sort keys -------------------------------------------------------------------------------
  let nextSeq = state.nextSeq;
  const seqs = new Map<string, number>();
  const articleKeys = new Map<string, string>();
  for (const a of doc.articles) {
    const seq = state.articles.get(a.id)?.seq ?? nextSeq++;
    seqs.set(a.id, seq);
    articleKeys.set(a.id, articleSortKey(a.publishedAt, seq));
  }
  const statementKeys = new Map<string, string>();
  const perArticle = new Map<string, number>();
  for (const s of doc.statements) {
    const n = perArticle.get(s.articleId) ?? 0;
    perArticle.set(s.articleId, n + 1);
    statementKeys.set(s.id, `${articleKeys.get(s.articleId)}|${base36(s.paragraph, 3)}|${base36(n, 3)}`);
  }
  const articleDate = new Map(doc.articles.map((a) => [a.id, a.publishedAt]));

  // --- entities and events: created, or unioned into what is there ------------------------------
  const names = new Map<string, string>();
  const entityTypes = new Map<string, string>();
  const created = new Map<string, Record<string, unknown>[]>();
  const updates: Record<string, unknown>[] = [];
  const nameKeys: Record<string, unknown>[] = [];
  const holdsRole: Record<string, unknown>[] = [];
  const participated: Record<string, unknown>[] = [];
  const locatedIn: Record<string, unknown>[] = [];
  const addNameKeys = (id: string, folded: string[]) => {
    for (const name of folded) nameKeys.push({ key: key(`${name}|${id}`), gen, name, entityKey: key(id) });
  };

  for (const e of doc.entities) {
    const old = state.entities.get(e.id);
    const name = old?.name ?? e.name;
    names.set(e.id, name);
    entityTypes.set(e.id, old?.type ?? e.type);
    const aliases = unique([...(old?.aliases ?? []), ...e.aliases]).filter((a) => a !== name);
    const keys = unique([name, ...aliases].map(foldKey));
    const evidence = mergeAliasEvidence(aliases, old?.aliasEvidence ?? [], e.aliasEvidence ?? []);
    const aliasEvidence = JSON.stringify(evidence);
    const roleTitles = unique([...(old?.roleTitles ?? []), ...freeTitles(e)]);
    const code = old?.code ?? e.code ?? null;
    const text = searchText([name, ...aliases].join(' '));
    const row = { key: key(e.id), aliases, aliasEvidence, keys, searchText: text, roleTitles, code };
    for (const r of newRoles(e, old)) holdsRole.push({ from: key(e.id), to: key(r.of!), title: r.title });
    if (!old) {
      const rows = created.get(e.type) ?? [];
      created.set(e.type, rows);
      const sortKey = entitySortKey(name, e.id);
      rows.push({ ...row, id: e.id, gen, name, sortKey, date: null, articleIds: null });
      addNameKeys(e.id, keys);
      continue;
    }
    addNameKeys(
      e.id,
      keys.filter((k) => !old.keys.includes(k)),
    );
    if (
      !sameList(aliases, old.aliases) ||
      aliasEvidence !== JSON.stringify(old.aliasEvidence) ||
      !sameList(roleTitles, old.roleTitles) ||
      code !== old.code
    ) {
      updates.push({ ...row, date: old.date, articleIds: old.articleIds });
    }
  }

  const eventCreates: Record<string, unknown>[] = [];
  const eventUpdates: Record<string, unknown>[] = [];
  for (const v of doc.events) {
    const old = state.entities.get(v.id);
    const was = old?.event;
    names.set(v.id, old?.name ?? v.name);
    entityTypes.set(v.id, 'Event');
    for (const id of v.participantIds) {
      if (was?.participantIds.includes(id)) continue;
      participated.push({ from: key(id), to: key(v.id), role: participantRole(v, id) });
    }
    for (const id of v.placeIds) {
      if (!was?.placeIds.includes(id)) locatedIn.push({ from: key(v.id), to: key(id) });
    }
    const participantIds = unique([...(was?.participantIds ?? []), ...v.participantIds]);
    const countryIds = unique([...(was?.countryIds ?? []), ...v.countryIds]);
    const placeIds = unique([...(was?.placeIds ?? []), ...v.placeIds]);
    const articleIds = unique([...(old?.articleIds ?? []), ...v.articleIds]);
    // What an event is stays as first reported; who, where and in which articles grows.
    const row = {
      key: key(v.id),
      aliases: old?.aliases ?? [],
      aliasEvidence: '[]',
      keys: old?.keys ?? [foldKey(v.name)],
      searchText: searchText(old?.name ?? v.name),
      roleTitles: [],
      code: null,
      date: old?.date ?? v.date,
      articleIds,
      eventType: was?.type ?? v.type,
      description: was ? was.description : (v.description ?? null),
      dateEnd: was ? was.dateEnd : (v.dateEnd ?? null),
      figures: was ? was.figures : JSON.stringify(v.figures),
      participantIds,
      countryIds,
      whereIds: [...placeIds, ...countryIds],
    };
    if (!old) {
      eventCreates.push({ ...row, id: v.id, gen, name: v.name, sortKey: entitySortKey(v.name, v.id) });
      addNameKeys(v.id, [foldKey(v.name)]);
    } else if (
      !sameList(articleIds, old.articleIds ?? []) ||
      !sameList(participantIds, was?.participantIds ?? []) ||
      !sameList(placeIds, was?.placeIds ?? []) ||
      !sameList(countryIds, was?.countryIds ?? []) ||
      (old.date === null && v.date !== null)
    ) {
      eventUpdates.push(row);
    }
  }
  const entityKey = (id: string) => entitySortKey(names.get(id) ?? '', id);

  // --- what a changed article had ----------------------------------------------------------------
  const replaced = doc.articles.flatMap((a) => (state.articles.has(a.id) ? [state.articles.get(a.id)!] : []));
  const oldStatements = replaced.flatMap((a) => a.statements.map((s) => ({ key: key(s.id) })));
  step('removing replaced statements', CYPHER.deleteStatements, oldStatements);
  step(
    'removing replaced mentions',
    CYPHER.deleteMentions,
    replaced.map((a) => ({ key: key(a.id) })),
  );

  for (const [type, rows] of created) {
    step(`${type} nodes`, CYPHER.createEntities[type as Exclude<EntityDoc['type'], 'Event'>], rows);
  }
  step('Event nodes', CYPHER.createEvents, eventCreates);
  step('entity updates', CYPHER.updateEntities, updates);
  step('event updates', CYPHER.updateEvents, eventUpdates);
  step('name keys', CYPHER.createNameKeys, nameKeys);

  // --- articles and statements -----------------------------------------------------------------
  const inOrder = [...doc.statements].sort((a, b) =>
    compare(statementKeys.get(a.id)!, statementKeys.get(b.id)!),
  );
  const statementsOf = groupBy(inOrder, (s) => s.articleId);
  const mentionsOf = groupBy(doc.mentions, (m) => m.articleId);
  const articleRow = (a: ArticleDoc) => ({
    key: key(a.id),
    title: a.title,
    publishedAt: a.publishedAt,
    captions: a.captions,
    paragraphs: a.paragraphs,
    sortKey: articleKeys.get(a.id),
    seq: seqs.get(a.id),
    url: a.url ?? null,
    source: a.source ?? null,
    contentHash: fingerprint(a),
    copyOf: a.copyOf ?? copyOf(a, state),
    ...articleLists(statementsOf.get(a.id) ?? [], mentionsOf.get(a.id) ?? [], entityKey),
  });
  const fresh = doc.articles.filter((a) => !state.articles.has(a.id));
  step(
    'Article nodes',
    CYPHER.createArticles,
    fresh.map((a) => ({ ...articleRow(a), id: a.id, gen })),
  );
  const changed = replaced.map((old) => doc.articles.find((a) => a.id === old.id)!);
  step('article updates', CYPHER.updateArticles, changed.map(articleRow));
  step(
    'Statement nodes',
    CYPHER.createStatements,
    doc.statements.map((s) => ({
      key: key(s.id),
      id: s.id,
      gen,
      text: s.text,
      kind: s.kind,
      cue: s.cue,
      negated: s.negated ?? false,
      stance: s.stance ?? null,
      medium: s.medium ?? null,
      paragraph: s.paragraph,
      speakerDescription: s.speakerDescription ?? null,
      articleId: s.articleId,
      speakerId: s.speakerId,
      aboutIds: s.aboutIds,
      eventIds: s.eventIds ?? [],
      sortKey: statementKeys.get(s.id),
      searchText: searchText(s.text, false),
      date: articleDate.get(s.articleId) ?? null,
      speakerType: s.speakerId ? (entityTypes.get(s.speakerId) ?? null) : null,
      spans: (s.spans ?? []).flatMap((span) => [span.start, span.end]),
    })),
  );

  // --- relationships ---------------------------------------------------------------------------
  // Created once each, even when the document repeats one (the same "about" id twice).
  const rel = (phase: string, cypher: string, rows: Record<string, unknown>[]) => {
    const seen = new Set<string>();
    step(
      phase,
      cypher,
      rows.filter((r) => {
        const k = `${r.from}\u0000${r.to}\u0000${r.title ?? ''}`;
        return !seen.has(k) && Boolean(seen.add(k));
      }),
    );
  };
  rel(
    'IN',
    CYPHER.createIn,
    doc.statements.map((s) => ({ from: key(s.id), to: key(s.articleId) })),
  );
  const spoken = doc.statements.filter((s) => s.speakerId);
  rel(
    'SAID',
    CYPHER.createSaid,
    spoken.map((s) => ({ from: key(s.speakerId!), to: key(s.id) })),
  );
  rel(
    'ABOUT',
    CYPHER.createAbout,
    doc.statements.flatMap((s) => subjects(s).map((id) => ({ from: key(s.id), to: key(id) }))),
  );
  rel(
    'MENTIONS',
    CYPHER.createMentions,
    doc.mentions.map((m) => ({ from: key(m.articleId), to: key(m.entityId), count: m.count })),
  );
  rel('HOLDS_ROLE', CYPHER.createHoldsRole, holdsRole);
  rel('PARTICIPATED_IN', CYPHER.createParticipatedIn, participated);
  rel('LOCATED_IN', CYPHER.createLocatedIn, locatedIn);

  // --- the touched entities' lists -------------------------------------------------------------
  if (options.entityLists === false) return { steps, nextSeq };
  const additions = new ListItems();
  for (const s of doc.statements) additions.statement(s, statementKeys.get(s.id)!);
  for (const m of doc.mentions) {
    additions.mention(m.entityId, m.articleId, articleKeys.get(m.articleId)!, m.count);
  }
  const removedStatements = new Set(replaced.flatMap((a) => a.statements.map((s) => s.id)));
  const removedArticles = new Set(replaced.map((a) => a.id));
  const touched = new Set([...additions.entities(), ...touchedEntities(doc, state.articles)]);
  step(
    'entity lists',
    CYPHER.setEntityLists,
    [...touched].map((id) =>
      entityListRow(key(id), state.lists.get(id) ?? {}, additions.of(id), removedStatements, removedArticles),
    ),
  );
  return { steps, nextSeq };
}

/** Items to put in entities' growing lists, by entity and list property. */
export class ListItems {
  private readonly byEntity = new Map<string, Map<string, ListItem[]>>();

  /** A statement in its speaker's and its subjects' lists (all kinds, and its own kind). */
  statement(s: Pick<StatementDoc, 'id' | 'speakerId' | 'aboutIds' | 'eventIds' | 'kind'>, key: string) {
    const item = { id: s.id, key };
    const anchors = [
      ...(s.speakerId ? [['speaker', s.speakerId] as const] : []),
      ...subjects(s).map((id) => ['about', id] as const),
    ];
    for (const [anchor, entityId] of anchors) {
      this.add(entityId, statementListProperty(anchor), item);
      this.add(entityId, statementListProperty(anchor, s.kind), item);
    }
  }

  /** A statement read back from the graph, in one of the lists of one entity. */
  statementOf(entityId: string, anchor: 'speaker' | 'about', id: string, key: string, kind: StatementKind) {
    this.add(entityId, statementListProperty(anchor), { id, key });
    this.add(entityId, statementListProperty(anchor, kind), { id, key });
  }

  mention(entityId: string, articleId: string, articleKey: string, count: number) {
    this.add(entityId, MENTION_LISTS.entity.ids, { id: articleId, key: articleKey, count });
  }

  entities(): string[] {
    return [...this.byEntity.keys()];
  }

  of(entityId: string): ReadonlyMap<string, ListItem[]> {
    return this.byEntity.get(entityId) ?? new Map();
  }

  private add(entityId: string, list: string, item: ListItem) {
    let lists = this.byEntity.get(entityId);
    if (!lists) this.byEntity.set(entityId, (lists = new Map()));
    let items = lists.get(list);
    if (!items) lists.set(list, (items = []));
    items.push(item);
  }
}

/** The row that writes an entity's lists: what it had, less what was removed, plus what is new. */
export function entityListRow(
  key: string,
  stored: Record<string, unknown>,
  additions: ReadonlyMap<string, ListItem[]>,
  removedStatements: ReadonlySet<string> = new Set(),
  removedArticles: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const columns: ListValues = {};
  for (const list of ENTITY_LISTS) {
    const remove = list === MENTION_LISTS.entity.ids ? removedArticles : removedStatements;
    const patched = patchList(storedList(stored, list), remove, additions.get(list) ?? []);
    Object.assign(columns, listColumns(list, patched));
  }
  return { key, ...columns, ...countColumns(columns) };
}

function freeTitles(e: EntityDoc): string[] {
  return (e.roles ?? []).filter((r) => !r.of).map((r) => r.title);
}

function newRoles(e: EntityDoc, old: StoredEntity | undefined) {
  return (e.roles ?? []).filter(
    (r) => r.of && !old?.roles.some((o) => o.title === r.title && o.ofId === r.of),
  );
}

/** What a participant did in an event: acted, was acted on, or is the country it happened in. */
export function participantRole(v: EventDoc, id: string): EventRole {
  return v.actorIds.includes(id) ? 'actor' : v.targetIds.includes(id) ? 'target' : 'location';
}

/** An article with text the graph already has under another id is a copy of that one. */
function copyOf(a: ArticleDoc, state: GraphState): string | null {
  const original = state.copies.get(fingerprint(a));
  return original && original !== a.id ? original : null;
}

/** An article's own lists, written whole with it: its statements in order, the entities it names. */
function articleLists(
  statements: StatementDoc[],
  mentions: ExtractionDocument['mentions'],
  entityKey: (id: string) => string,
): ListValues {
  const lists: ListValues = {};
  for (const kind of [null, 'direct', 'reported'] as const) {
    const ofKind = statements.filter((s) => !kind || s.kind === kind);
    lists[statementListProperty('article', kind)] = ofKind.map((s) => s.id);
  }
  const named = [...mentions].sort(
    (a, b) => b.count - a.count || compare(entityKey(a.entityId), entityKey(b.entityId)),
  );
  lists[MENTION_LISTS.article.ids] = named.map((m) => m.entityId);
  lists[MENTION_LISTS.article.counts] = named.map((m) => m.count);
  return lists;
}

function groupBy<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = by(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * An entity's alias evidence after a merge: one entry per alias it keeps that has evidence, the
 * first rule that joined it, and the articles of every batch that wrote it.
 */
export function mergeAliasEvidence(
  aliases: readonly string[],
  old: readonly AliasDoc[],
  incoming: readonly AliasDoc[],
): AliasDoc[] {
  const byName = new Map<string, AliasDoc>();
  for (const a of [...old, ...incoming]) {
    const was = byName.get(a.name);
    byName.set(a.name, was ? { ...was, articles: unique([...was.articles, ...a.articles]) } : a);
  }
  return aliases.flatMap((name) => byName.get(name) ?? []);
}
