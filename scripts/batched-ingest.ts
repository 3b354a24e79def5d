/**
 * A corpus extracted in batches of N articles (as seeding and ingesting do, with what earlier
 * batches found carried forward), combined into one document the way the store merges batches:
 * the first name of an entity stays, aliases and roles are unioned, events are merged by id.
 * For measuring what batching costs the scores: KG_EVAL_BATCH=N npm run eval (or eval:heldout).
 */
import type { EntityDoc, EventDoc, ExtractionDocument } from '../src/domain/document.js';
import { ingest, readBatches } from '../src/ingest/index.js';

export function combineBatches(batches: ExtractionDocument[]): ExtractionDocument {
  const entities = new Map<string, EntityDoc>();
  const events = new Map<string, EventDoc>();
  const union = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];
  for (const batch of batches) {
    for (const e of batch.entities) {
      const old = entities.get(e.id);
      if (!old) entities.set(e.id, structuredClone(e));
      else {
        old.aliases = union(old.aliases, e.aliases).filter((a) => a !== old.name);
        const roles = [...(old.roles ?? [])];
        for (const r of e.roles ?? [])
          if (!roles.some((o) => o.title === r.title && o.of === r.of)) roles.push(r);
        if (roles.length) old.roles = roles;
      }
    }
    for (const v of batch.events) {
      const old = events.get(v.id);
      if (!old) events.set(v.id, structuredClone(v));
      else {
        old.participantIds = union(old.participantIds, v.participantIds);
        old.placeIds = union(old.placeIds, v.placeIds);
        old.articleIds = union(old.articleIds, v.articleIds);
        old.date ??= v.date;
      }
    }
  }
  return {
    articles: batches.flatMap((b) => b.articles),
    entities: [...entities.values()],
    mentions: batches.flatMap((b) => b.mentions),
    statements: batches.flatMap((b) => b.statements),
    events: [...events.values()],
    problems: batches.flatMap((b) => b.problems ?? []),
  };
}

/** The corpus as one batch (the default), or in batches of KG_EVAL_BATCH articles. */
export async function ingestForEval(path: string): Promise<ExtractionDocument> {
  const size = Number(process.env.KG_EVAL_BATCH ?? 0);
  if (!size) return ingest(path);
  const batches: ExtractionDocument[] = [];
  for await (const batch of readBatches(path, { batchSize: size })) batches.push(batch);
  return combineBatches(batches);
}
