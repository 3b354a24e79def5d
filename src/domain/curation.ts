/**
 * Curation: a reader's fixes (merge two entities, add or remove an alias, split an alias off,
 * delete an article), kept in a log and applied to every document the store writes, after
 * extraction: a seed, an ingest, and the rebuild a new fix triggers. So a fix survives every
 * reseed, and the graph is always "what extraction found, then the log".
 *
 * Each operation carries what it needs to apply to a document that holds only part of the graph
 * (a batch): a merge names its target's name and type, a split the new entity's id.
 *
 * Pure: documents in, documents out.
 */
import { foldKey } from '../store/text-keys.js';
import type { EntityDoc, ExtractionDocument, RoleDoc, StatementDoc } from './document.js';

export type CurationOp =
  | {
      op: 'mergeEntities';
      into: string;
      /** The target as it was when merged into: a batch may hold only the merged ones. */
      intoName: string;
      intoType: EntityDoc['type'];
      from: string[];
    }
  | { op: 'addAlias'; entity: string; name: string }
  | { op: 'removeAlias'; entity: string; name: string }
  | { op: 'splitAlias'; entity: string; name: string; newId: string; type: EntityDoc['type'] }
  | { op: 'deleteArticle'; id: string };

export interface CurationEntry {
  seq: number;
  /** ISO time it was recorded. */
  at: string;
  op: CurationOp;
}

/** The document with every operation applied, in order. */
export function applyCuration(doc: ExtractionDocument, ops: readonly CurationOp[]): ExtractionDocument {
  return ops.reduce(applyOne, doc);
}

function applyOne(doc: ExtractionDocument, op: CurationOp): ExtractionDocument {
  switch (op.op) {
    case 'mergeEntities':
      return mergeEntities(doc, op);
    case 'addAlias':
      return withEntity(doc, op.entity, (e) => ({
        ...e,
        aliases: uniqueNames([...e.aliases, op.name], e.name),
      }));
    case 'removeAlias':
      return withEntity(doc, op.entity, (e) => ({
        ...e,
        aliases: e.aliases.filter((a) => !sameName(a, op.name)),
      }));
    case 'splitAlias':
      return splitAlias(doc, op);
    case 'deleteArticle':
      return deleteArticle(doc, op.id);
  }
}

// The store's folding: names that look up the same entity are the same name.
const fold = foldKey;
const sameName = (a: string, b: string) => fold(a) === fold(b);
const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];
/** Names once each (folded), never the entity's own name. */
function uniqueNames(names: string[], own: string): string[] {
  const seen = new Set([fold(own)]);
  return names.filter((n) => !seen.has(fold(n)) && Boolean(seen.add(fold(n))));
}

function withEntity(
  doc: ExtractionDocument,
  id: string,
  change: (e: EntityDoc) => EntityDoc,
): ExtractionDocument {
  if (!doc.entities.some((e) => e.id === id)) return doc;
  return { ...doc, entities: doc.entities.map((e) => (e.id === id ? change(e) : e)) };
}

/** Every reference to an entity id, renamed by `rename` (duplicates dropped where lists result). */
function renameEntities(doc: ExtractionDocument, rename: (id: string) => string): ExtractionDocument {
  const ids = (xs: string[]) => unique(xs.map(rename));
  const mentions = new Map<string, ExtractionDocument['mentions'][number]>();
  for (const m of doc.mentions) {
    const entityId = rename(m.entityId);
    const key = `${m.articleId}\u0000${entityId}`;
    const had = mentions.get(key);
    mentions.set(key, had ? { ...had, count: had.count + m.count } : { ...m, entityId });
  }
  return {
    ...doc,
    entities: doc.entities.map((e) => ({
      ...e,
      ...(e.roles ? { roles: e.roles.map((r) => ({ ...r, of: r.of ? rename(r.of) : r.of })) } : {}),
    })),
    mentions: [...mentions.values()],
    statements: doc.statements.map((s) => ({
      ...s,
      speakerId: s.speakerId ? rename(s.speakerId) : s.speakerId,
      aboutIds: ids(s.aboutIds),
    })),
    events: doc.events.map((v) => ({
      ...v,
      actorIds: ids(v.actorIds),
      targetIds: ids(v.targetIds),
      participantIds: ids(v.participantIds),
      placeIds: ids(v.placeIds),
      countryIds: ids(v.countryIds),
    })),
  };
}

function mergeEntities(
  doc: ExtractionDocument,
  op: Extract<CurationOp, { op: 'mergeEntities' }>,
): ExtractionDocument {
  const from = new Set(op.from.filter((id) => id !== op.into));
  const merged = doc.entities.filter((e) => from.has(e.id) || e.id === op.into);
  if (!merged.some((e) => from.has(e.id))) return doc;
  const rename = (id: string) => (from.has(id) ? op.into : id);
  const target = merged.find((e) => e.id === op.into);
  const name = target?.name ?? op.intoName;
  // Roles move to the target once each; one the target would hold in itself is dropped.
  const roles = new Map<string, RoleDoc>();
  for (const r of merged.flatMap((e) => e.roles ?? [])) {
    const role = { title: r.title, of: r.of ? rename(r.of) : null };
    if (role.of !== op.into) roles.set(`${role.title}\u0000${role.of}`, role);
  }
  const code = target?.code ?? merged.find((e) => e.code)?.code;
  const into: EntityDoc = {
    id: op.into,
    type: target?.type ?? op.intoType,
    name,
    aliases: uniqueNames(
      merged.flatMap((e) => [e.name, ...e.aliases]),
      name,
    ),
    ...(roles.size ? { roles: [...roles.values()] } : {}),
    ...(code ? { code } : {}),
  };
  const renamed = renameEntities(doc, rename);
  return {
    ...renamed,
    entities: [...renamed.entities.filter((e) => !from.has(e.id) && e.id !== op.into), into],
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The name as a whole word (or words) of the text. */
const names = (text: string, name: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escape(name)}($|[^\\p{L}\\p{N}])`, 'u').test(text);

/**
 * The alias leaves the entity and becomes one of its own, of the same type. It takes over the
 * entity's mentions and statements in the articles that use that alias and none of the entity's
 * other names: there the alias meant someone else.
 */
function splitAlias(
  doc: ExtractionDocument,
  op: Extract<CurationOp, { op: 'splitAlias' }>,
): ExtractionDocument {
  const old = doc.entities.find((e) => e.id === op.entity);
  if (!old) return doc;
  const others = [old.name, ...old.aliases.filter((a) => !sameName(a, op.name))];
  const articles = new Set(
    doc.articles
      .filter((a) => {
        const text = [a.title, ...a.paragraphs].join('\n\n');
        return names(text, op.name) && !others.some((n) => names(text, n));
      })
      .map((a) => a.id),
  );
  const entities = doc.entities.map((e) =>
    e.id === op.entity ? { ...e, aliases: e.aliases.filter((a) => !sameName(a, op.name)) } : e,
  );
  if (!entities.some((e) => e.id === op.newId)) {
    entities.push({ id: op.newId, type: op.type, name: op.name, aliases: [] });
  }
  const move = (id: string) => (id === op.entity ? op.newId : id);
  const inMoved = (s: Pick<StatementDoc, 'articleId'>) => articles.has(s.articleId);
  return {
    ...doc,
    entities,
    mentions: doc.mentions.map((m) => (articles.has(m.articleId) ? { ...m, entityId: move(m.entityId) } : m)),
    statements: doc.statements.map((s) =>
      inMoved(s)
        ? {
            ...s,
            speakerId: s.speakerId ? move(s.speakerId) : s.speakerId,
            aboutIds: unique(s.aboutIds.map(move)),
          }
        : s,
    ),
  };
}

/**
 * The article goes, with its statements, mentions and event links; events it alone reported go
 * too, and so do entities nothing left in the document refers to that only it referred to.
 */
function deleteArticle(doc: ExtractionDocument, articleId: string): ExtractionDocument {
  if (!doc.articles.some((a) => a.id === articleId)) return doc;
  const gone = doc.statements.filter((s) => s.articleId === articleId);
  const statements = doc.statements.filter((s) => s.articleId !== articleId);
  const mentions = doc.mentions.filter((m) => m.articleId !== articleId);
  // An event in a batch may list none of the batch's articles (its reports are elsewhere): only
  // those the deleted article alone reported go.
  const events = doc.events
    .filter((v) => !(v.articleIds.length === 1 && v.articleIds[0] === articleId))
    .map((v) => ({ ...v, articleIds: v.articleIds.filter((id) => id !== articleId) }));
  const droppedEvents = doc.events.filter((v) => !events.some((e) => e.id === v.id));
  const suspects = new Set<string>([
    ...gone.flatMap((s) => [...(s.speakerId ? [s.speakerId] : []), ...s.aboutIds, ...(s.eventIds ?? [])]),
    ...doc.mentions.filter((m) => m.articleId === articleId).map((m) => m.entityId),
    ...droppedEvents.flatMap((v) => [...v.participantIds, ...v.placeIds, ...v.countryIds]),
  ]);
  let entities = doc.entities;
  // Removing an entity can leave the targets of its roles unreferenced: repeat until none goes.
  for (;;) {
    const used = new Set<string>([
      ...statements.flatMap((s) => [...(s.speakerId ? [s.speakerId] : []), ...s.aboutIds]),
      ...mentions.map((m) => m.entityId),
      ...events.flatMap((v) => [...v.participantIds, ...v.placeIds, ...v.countryIds]),
      ...entities.flatMap((e) => (e.roles ?? []).flatMap((r) => (r.of ? [r.of] : []))),
    ]);
    const kept = entities.filter((e) => !suspects.has(e.id) || used.has(e.id));
    if (kept.length === entities.length) break;
    for (const e of entities)
      if (!kept.includes(e)) for (const r of e.roles ?? []) if (r.of) suspects.add(r.of);
    entities = kept;
  }
  const dropped = new Set(droppedEvents.map((v) => v.id));
  return {
    ...doc,
    articles: doc.articles.filter((a) => a.id !== articleId),
    entities,
    mentions,
    statements: statements.map((s) => ({
      ...s,
      aboutIds: s.aboutIds.filter((id) => !dropped.has(id)),
      ...(s.eventIds ? { eventIds: s.eventIds.filter((id) => !dropped.has(id)) } : {}),
    })),
    events,
  };
}
