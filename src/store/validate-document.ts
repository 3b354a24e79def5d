import type { ExtractionDocument } from '../domain/document.js';

/** A document the store refuses before writing anything: the message names the offending item. */
export class InvalidDocumentError extends Error {}

/**
 * Check that ids are unique and every reference points at something in the document, so that a
 * load cannot silently drop relationships (an UNWIND … MATCH on a missing node matches nothing).
 */
export function validateDocument(doc: ExtractionDocument): void {
  const ids = new Set<string>();
  const entityIds = new Set<string>();
  const add = (id: string, what: string) => {
    if (ids.has(id)) throw new InvalidDocumentError(`duplicate id "${id}" (${what})`);
    ids.add(id);
  };
  for (const a of doc.articles) {
    add(a.id, 'article');
    // Dates go into sort keys, which lists store joined by a control character (see page-lists.ts).
    if (a.publishedAt && /[\u0000-\u001f]/.test(a.publishedAt)) {
      throw new InvalidDocumentError(`article ${a.id}: publishedAt holds a control character`);
    }
  }
  for (const e of doc.entities) {
    add(e.id, e.type);
    entityIds.add(e.id);
  }
  for (const v of doc.events) {
    add(v.id, 'event');
    entityIds.add(v.id);
  }
  const articleIds = new Set(doc.articles.map((a) => a.id));
  const need = (set: Set<string>, id: string | null | undefined, where: string, what: string) => {
    if (id && !set.has(id))
      throw new InvalidDocumentError(`${where}: ${what} "${id}" is not in the document`);
  };
  for (const s of doc.statements) {
    add(s.id, 'statement');
    need(articleIds, s.articleId, `statement ${s.id}`, 'article');
    need(entityIds, s.speakerId, `statement ${s.id}`, 'speaker');
    for (const id of s.aboutIds) need(entityIds, id, `statement ${s.id}`, 'about entity');
  }
  for (const m of doc.mentions) {
    need(articleIds, m.articleId, 'mention', 'article');
    need(entityIds, m.entityId, `mention in ${m.articleId}`, 'entity');
  }
  for (const e of doc.entities)
    for (const r of e.roles ?? []) need(entityIds, r.of, `role of ${e.id}`, 'entity');
  for (const v of doc.events) {
    for (const id of [...v.participantIds, ...v.placeIds]) need(entityIds, id, `event ${v.id}`, 'entity');
    for (const id of v.articleIds) need(articleIds, id, `event ${v.id}`, 'article');
  }
}
