/** Helpers for the merge part of the store contract: invariants over every list, synthetic batches. */
import { expect } from 'vitest';
import type { ExtractionDocument, StatementKind } from '../../src/domain/document.js';
import type { GraphStore, StatementAnchor } from '../../src/store/graph-store.js';
import { fixture } from './fixture.js';

const ALL = { first: 100 };
const KINDS: (StatementKind | null)[] = [null, 'direct', 'reported'];

/**
 * Every relation page (kept as lists on nodes, patched by merges) agrees with the root
 * connections, which read the statements themselves: same items, same order, same totals.
 */
export async function expectListsAgree(store: GraphStore): Promise<void> {
  const entities = (await store.listEntities({}, ALL)).edges.map((e) => e.node.id);
  const articles = (await store.listArticles({}, ALL)).edges.map((e) => e.node.id);
  const check = async (
    anchor: StatementAnchor,
    id: string,
    filter: 'speakerId' | 'aboutId' | 'articleId',
  ) => {
    for (const kind of KINDS) {
      const [page] = await store.statementsFor(anchor, [id], { kind }, ALL);
      const root = await store.listStatements({ [filter]: id, kind }, ALL);
      expect({ anchor, id, kind, ids: page!.edges.map((e) => e.node.id), total: page!.totalCount }).toEqual({
        anchor,
        id,
        kind,
        ids: root.edges.map((e) => e.node.id),
        total: root.totalCount,
      });
    }
  };
  for (const id of entities) {
    await check('speaker', id, 'speakerId');
    await check('about', id, 'aboutId');
    // Articles naming an entity come oldest first, as the root list of articles.
    const [named] = await store.mentionsFor('entity', [id], ALL);
    const ids = named!.edges.map((e) => e.node.id);
    expect(ids).toEqual(articles.filter((a) => ids.includes(a)));
  }
  for (const id of articles) {
    await check('article', id, 'articleId');
    const [names] = await store.mentionsFor('article', [id], ALL);
    const counts = names!.edges.map((e) => e.node.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  }
}

/** Every relation page of every node, for comparing two graphs. */
export async function allLists(store: GraphStore) {
  const entities = (await store.listEntities({}, ALL)).edges.map((e) => e.node.id);
  const articles = (await store.listArticles({}, ALL)).edges.map((e) => e.node.id);
  const ids = (pages: { edges: { node: { id: string } }[] }[]) =>
    pages.map((p) => p.edges.map((e) => e.node.id));
  return {
    said: ids(await store.statementsFor('speaker', entities, {}, ALL)),
    about: ids(await store.statementsFor('about', entities, {}, ALL)),
    in: ids(await store.statementsFor('article', articles, {}, ALL)),
    mentionedIn: await store.mentionsFor('entity', entities, ALL),
    mentions: await store.mentionsFor('article', articles, ALL),
    entities: await store.entitiesByIds(entities),
  };
}

/** One article of a document with what belongs to it, as a batch of its own. */
export function onlyArticle(doc: ExtractionDocument, articleId: string): ExtractionDocument {
  return {
    articles: doc.articles.filter((a) => a.id === articleId),
    entities: doc.entities,
    mentions: doc.mentions.filter((m) => m.articleId === articleId),
    statements: doc.statements.filter((s) => s.articleId === articleId),
    events: doc.events.filter((v) => v.articleIds.includes(articleId)),
  };
}

/** `n` new articles about the fixture's people and countries, two statements each. */
export function bigBatch(n: number, prefix = 'big'): ExtractionDocument {
  const base = fixture();
  const doc: ExtractionDocument = {
    articles: [],
    entities: base.entities,
    mentions: [],
    statements: [],
    events: [],
  };
  for (let i = 0; i < n; i++) {
    const id = `art_${prefix}_${i}`;
    doc.articles.push({
      id,
      title: `Report ${i}`,
      publishedAt: `2031-02-${String((i % 28) + 1).padStart(2, '0')}`,
      captions: [],
      paragraphs: [`Report ${i}.`],
    });
    doc.mentions.push(
      { articleId: id, entityId: 'cty_tur', count: 1 + (i % 3) },
      { articleId: id, entityId: 'per_lindqvist', count: 1 },
    );
    doc.statements.push(
      {
        id: `stm_${prefix}_${i}_a`,
        articleId: id,
        speakerId: 'per_lindqvist',
        text: `Point ${i}`,
        kind: 'direct',
        cue: 'said',
        aboutIds: ['cty_tur'],
        paragraph: 0,
      },
      {
        id: `stm_${prefix}_${i}_b`,
        articleId: id,
        speakerId: 'cty_tur',
        text: `Reply ${i}`,
        kind: 'reported',
        cue: 'said',
        aboutIds: ['per_lindqvist'],
        paragraph: 0,
      },
    );
  }
  return doc;
}
