import type { EventDoc, EventRole, ExtractionDocument } from '../domain/document.js';
import { CYPHER } from './cypher/registry.js';
import { ARTICLE_LIST_PROPERTIES, ENTITY_LIST_PROPERTIES, pageLists, type ListValues } from './page-lists.js';
import { foldKey, searchText } from './text-keys.js';

/** One UNWIND statement and all its rows; the store cuts the rows into batches. */
export interface LoadStep {
  phase: string;
  cypher: string;
  rows: Record<string, unknown>[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** One column per list property; absent lists are written as null (read back as empty). */
const listColumns = (values: ListValues | undefined, properties: readonly string[]) =>
  Object.fromEntries(properties.map((p) => [p, values?.[p] ?? null]));

/**
 * Turn a document into the ordered steps that write one generation: nodes first, then the
 * relationships between them. Pure, so what gets written can be tested without a store.
 */
export function loadPlan(doc: ExtractionDocument, gen: number): LoadStep[] {
  const key = (id: string) => `${gen}:${id}`;
  const articleSortKey = new Map<string, string>();
  doc.articles.forEach((a, i) => articleSortKey.set(a.id, `${a.publishedAt ?? '9999-99-99'}|${pad(i, 8)}`));
  const articleDate = new Map(doc.articles.map((a) => [a.id, a.publishedAt]));
  const entityType = new Map<string, string>(doc.entities.map((e) => [e.id, e.type]));
  const entitySortKey = new Map<string, string>(
    [...doc.entities, ...doc.events].map((e) => [e.id, `${foldKey(e.name)}|${e.id}`]),
  );
  const statementSortKey = (i: number) => {
    const s = doc.statements[i]!;
    return `${articleSortKey.get(s.articleId)}|${pad(s.paragraph, 5)}|${pad(i, 8)}`;
  };
  // Every name and alias, folded: the entity's `keys` (substring filters) and its name-key nodes.
  const foldedNames = new Map<string, string[]>([
    ...doc.entities.map((e): [string, string[]] => [e.id, [...new Set([e.name, ...e.aliases].map(foldKey))]]),
    ...doc.events.map((v): [string, string[]] => [v.id, [foldKey(v.name)]]),
  ]);
  const lists = pageLists(doc, {
    statement: statementSortKey,
    article: (id) => articleSortKey.get(id) ?? '',
    entity: (id) => entitySortKey.get(id) ?? '',
  });

  const steps: LoadStep[] = [];
  const entityTypes = [...new Set(doc.entities.map((e) => e.type))];
  for (const type of entityTypes) {
    steps.push({
      phase: `${type} nodes`,
      cypher: CYPHER.createEntities[type],
      rows: doc.entities
        .filter((e) => e.type === type)
        .map((e) => ({
          key: key(e.id),
          id: e.id,
          gen,
          name: e.name,
          aliases: e.aliases,
          keys: foldedNames.get(e.id),
          sortKey: entitySortKey.get(e.id),
          searchText: searchText([e.name, ...e.aliases].join(' ')),
          code: e.code ?? null,
          date: null,
          roleTitles: (e.roles ?? []).filter((r) => !r.of).map((r) => r.title),
          articleIds: null,
          ...listColumns(lists.get(e.id), ENTITY_LIST_PROPERTIES),
        })),
    });
  }
  if (doc.events.length) {
    steps.push({
      phase: 'Event nodes',
      cypher: CYPHER.createEvents,
      rows: doc.events.map((v) => ({
        key: key(v.id),
        id: v.id,
        gen,
        name: v.name,
        aliases: [],
        keys: foldedNames.get(v.id),
        sortKey: entitySortKey.get(v.id),
        searchText: searchText(v.name),
        code: null,
        date: v.date,
        roleTitles: [],
        articleIds: v.articleIds,
        eventType: v.type,
        description: v.description ?? null,
        dateEnd: v.dateEnd ?? null,
        figures: JSON.stringify(v.figures),
        participantIds: v.participantIds,
        countryIds: v.countryIds,
        whereIds: [...v.placeIds, ...v.countryIds],
        ...listColumns(lists.get(v.id), ENTITY_LIST_PROPERTIES),
      })),
    });
  }
  steps.push({
    phase: 'name keys',
    cypher: CYPHER.createNameKeys,
    rows: [...foldedNames].flatMap(([id, names]) =>
      names.map((name) => ({ key: key(`${name}|${id}`), gen, name, entityKey: key(id) })),
    ),
  });
  steps.push({
    phase: 'Article nodes',
    cypher: CYPHER.createArticles,
    rows: doc.articles.map((a) => ({
      key: key(a.id),
      id: a.id,
      gen,
      title: a.title,
      publishedAt: a.publishedAt,
      captions: a.captions,
      paragraphs: a.paragraphs,
      sortKey: articleSortKey.get(a.id),
      ...listColumns(lists.get(a.id), ARTICLE_LIST_PROPERTIES),
    })),
  });
  steps.push({
    phase: 'Statement nodes',
    cypher: CYPHER.createStatements,
    rows: doc.statements.map((s, i) => ({
      key: key(s.id),
      id: s.id,
      gen,
      text: s.text,
      kind: s.kind,
      cue: s.cue,
      stance: s.stance ?? null,
      medium: s.medium ?? null,
      paragraph: s.paragraph,
      speakerDescription: s.speakerDescription ?? null,
      articleId: s.articleId,
      speakerId: s.speakerId,
      aboutIds: s.aboutIds,
      sortKey: statementSortKey(i),
      searchText: searchText(s.text, false),
      date: articleDate.get(s.articleId) ?? null,
      speakerType: s.speakerId ? (entityType.get(s.speakerId) ?? null) : null,
    })),
  });
  // Relationships are created, not merged: the same pair twice (a repeated "about" id) would be two.
  const rel = (phase: string, cypher: string, rows: Record<string, unknown>[]) => {
    const seen = new Set<string>();
    const unique = rows.filter((r) => {
      const k = `${r.from}\u0000${r.to}\u0000${r.title ?? ''}`;
      return !seen.has(k) && Boolean(seen.add(k));
    });
    if (unique.length) steps.push({ phase, cypher, rows: unique });
  };
  rel(
    'IN',
    CYPHER.createIn,
    doc.statements.map((s) => ({ from: key(s.id), to: key(s.articleId) })),
  );
  rel(
    'SAID',
    CYPHER.createSaid,
    doc.statements.filter((s) => s.speakerId).map((s) => ({ from: key(s.speakerId!), to: key(s.id) })),
  );
  rel(
    'ABOUT',
    CYPHER.createAbout,
    doc.statements.flatMap((s) => [...s.aboutIds, ...(s.eventIds ?? [])].map((id) => ({ from: key(s.id), to: key(id) }))),
  );
  rel(
    'MENTIONS',
    CYPHER.createMentions,
    doc.mentions.map((m) => ({ from: key(m.articleId), to: key(m.entityId), count: m.count })),
  );
  rel(
    'HOLDS_ROLE',
    CYPHER.createHoldsRole,
    doc.entities.flatMap((e) =>
      (e.roles ?? []).filter((r) => r.of).map((r) => ({ from: key(e.id), to: key(r.of!), title: r.title })),
    ),
  );
  rel(
    'PARTICIPATED_IN',
    CYPHER.createParticipatedIn,
    doc.events.flatMap((v) => v.participantIds.map((id) => ({ from: key(id), to: key(v.id), role: participantRole(v, id) }))),
  );
  rel(
    'LOCATED_IN',
    CYPHER.createLocatedIn,
    doc.events.flatMap((v) => v.placeIds.map((id) => ({ from: key(v.id), to: key(id) }))),
  );
  return steps;
}

/** What a participant did in an event: acted, was acted on, or is the country it happened in. */
export function participantRole(v: EventDoc, id: string): EventRole {
  return v.actorIds.includes(id) ? 'actor' : v.targetIds.includes(id) ? 'target' : 'location';
}
