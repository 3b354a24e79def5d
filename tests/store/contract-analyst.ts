/**
 * The store contract for rankings, disputes and curation, run on every engine (called from
 * contract.ts on its store). It loads the API fixture, whose hand-written statements hold
 * accusations and denials, and leaves the curation log empty as it found it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { apiFixture } from '../support/api-fixture.js';

const ALL = { first: 100 };

export function analystContract(getStore: () => GraphStore) {
  let store: GraphStore;
  beforeAll(async () => {
    store = getStore();
    await store.replace(apiFixture());
  });
  afterAll(async () => {
    await store.withdrawCuration((await store.curationLog()).map((e) => e.seq));
  });

  it('keeps counts on entities: mentions summed, articles, statements made and about', async () => {
    const [norland, holt, nobody] = await store.entityCounts(['cty_nor', 'per_holt', 'missing']);
    // Norland: named 7+2+4+5+5+4 times in six articles; says 4 things; 20 statements are about it.
    expect(norland).toEqual({ mentions: 27, articles: 6, statements: 4, about: 20 });
    expect(holt).toMatchObject({ mentions: 9, articles: 3, statements: 9 });
    expect(nobody).toEqual({ mentions: 0, articles: 0, statements: 0, about: 0 });
  });

  it('ranks entities by a count either way, ties by name, with keyset cursors', async () => {
    const byMentions = await store.listEntities({ types: ['Country'] }, ALL, {
      field: 'mentions',
      direction: 'desc',
    });
    expect(byMentions.edges.map((e) => e.node.id)).toEqual(['cty_nor', 'cty_val', 'cty_ost', 'cty_sav']);
    expect(byMentions.totalCount).toBe(4);
    const first = await store.listEntities({}, { first: 2 }, { field: 'articles', direction: 'desc' });
    const rest = await store.listEntities(
      {},
      { first: 100, after: first.edges.at(-1)!.cursor },
      { field: 'articles', direction: 'desc' },
    );
    const all = await store.listEntities({}, ALL, { field: 'articles', direction: 'desc' });
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
    const counts = await store.entityCounts(all.edges.map((e) => e.node.id));
    const articles = counts.map((c) => c.articles);
    expect(articles).toEqual([...articles].sort((a, b) => b - a));
    const fewest = await store.listEntities(
      { types: ['Person'] },
      { first: 1 },
      { field: 'statements', direction: 'asc' },
    );
    expect(fewest.edges.map((e) => e.node.id)).toEqual(['per_lindgren']);
    const zToA = await store.listEntities({ types: ['Country'] }, ALL, { field: 'name', direction: 'desc' });
    expect(zToA.edges.map((e) => e.node.name)).toEqual(['Valdoria', 'Savenia', 'Ostmark', 'Norland']);
  });

  it('ranks the speakers about an entity and the subjects of a speaker, most statements first', async () => {
    const speakers = await store.rankedEntities('speakers', 'cty_nor', { first: 3 });
    expect(speakers.edges.map((e) => [e.node.entity.id, e.node.count])).toEqual([
      ['per_holt', 7],
      ['per_brekke', 4],
      // Three have 2: by name, Élodie Marchetti first.
      ['per_marchetti', 2],
    ]);
    const next = await store.rankedEntities('speakers', 'cty_nor', {
      first: 100,
      after: speakers.edges.at(-1)!.cursor,
    });
    expect(next.edges.map((e) => [e.node.entity.id, e.node.count])).toEqual([
      ['per_varga', 2],
      ['cty_ost', 2],
      ['per_okonkwo', 1],
      ['org_nac', 1],
      ['per_lindgren', 1],
    ]);
    expect(speakers.totalCount).toBe(8);
    const subjects = await store.rankedEntities('subjects', 'per_varga', ALL);
    expect(subjects.edges.map((e) => [e.node.entity.id, e.node.count])).toEqual([
      ['cty_val', 4],
      ['cty_nor', 2],
      ['org_nac', 1],
    ]);
    const everyone = await store.rankedEntities('speakers', null, { first: 1 });
    expect(everyone.edges[0]!.node).toMatchObject({ entity: { id: 'per_holt' }, count: 9 });
    // Without a speaker: every subject, the most spoken about first.
    const spokenAbout = await store.rankedEntities('subjects', null, { first: 1 });
    expect(spokenAbout.edges[0]!.node).toMatchObject({ entity: { id: 'cty_nor' }, count: 20 });
    expect(spokenAbout.totalCount).toBe(10);
  });

  it('lists undated articles and statements last, newest first too', async () => {
    const newest = await store.listArticles({}, { first: 5 }, 'desc');
    expect(newest.edges[0]!.node.id).toBe('art_sanctions');
    const last = await store.listArticles({}, { first: 5, after: newest.edges.at(-1)!.cursor }, 'desc');
    expect(last.edges.map((e) => e.node.id)).toEqual(['art_analysis']);
    const statements = await store.listStatements({}, ALL, 'desc');
    expect(statements.edges.at(-1)!.node.articleId).toBe('art_analysis');
    expect(statements.edges[0]!.node.articleId).toBe('art_sanctions');
  });

  it('pairs opposing statements by different speakers on one topic as disputes, newest first', async () => {
    // Holt claims Savenia is ready to drop its objections; Savenia denies changing its position
    // (later in the same article, so first).
    const savenia = await store.disputes({ aboutId: 'cty_sav' }, ALL);
    expect(savenia.edges.map((e) => [e.node.statement.id, e.node.disputedByIds])).toEqual([
      ['stm_39', ['stm_38']],
      ['stm_38', ['stm_39']],
    ]);
    expect(savenia.totalCount).toBe(2);
    // Holt accuses Norland (stm_01); Norland, the accused, denies twice in the same article, and
    // others deny on its behalf later (newest first).
    const norland = await store.disputes({ aboutId: 'cty_nor' }, ALL);
    const pairs = new Map(norland.edges.map((e) => [e.node.statement.id, e.node.disputedByIds]));
    expect(pairs.get('stm_01')).toEqual(['stm_36', 'stm_34', 'stm_30', 'stm_17', 'stm_08', 'stm_03']);
    // Marchetti's claim (stm_41) opens the undated article: last.
    expect([...pairs.keys()].at(-1)).toBe('stm_41');
    for (const e of norland.edges) expect(e.node.statement.aboutIds).toContain('cty_nor');
    const [first] = (await store.disputes({ aboutId: 'cty_nor' }, { first: 1 })).edges;
    const after = await store.disputes({ aboutId: 'cty_nor' }, { first: 100, after: first!.cursor });
    expect(after.edges.map((e) => e.node.statement.id)).toEqual([...pairs.keys()].slice(1));
    expect(await store.disputedBy(['stm_39', 'stm_05'])).toEqual([['stm_38'], []]);
  });

  it('finds disputes about an event', async () => {
    // Our own report: the union accuses Ostmark over the blockade, which Ostmark denied (stm_17).
    await store.merge({
      articles: [
        {
          id: 'art_union_claim',
          title: 'Union Blames Ostmark',
          publishedAt: '2031-01-13',
          captions: [],
          paragraphs: ['The dockers union accused Ostmark of helping to enforce the blockade.'],
        },
      ],
      entities: [
        { id: 'org_hwu', type: 'Organization', name: 'Harbour Workers Union', aliases: [] },
        { id: 'cty_ost', type: 'Country', name: 'Ostmark', aliases: [] },
      ],
      mentions: [{ articleId: 'art_union_claim', entityId: 'cty_ost', count: 1 }],
      statements: [
        {
          id: 'stm_union',
          articleId: 'art_union_claim',
          speakerId: 'org_hwu',
          text: 'Ostmark of helping to enforce the blockade',
          kind: 'reported',
          cue: 'accused',
          stance: 'accuse',
          aboutIds: ['cty_ost'],
          eventIds: ['evt_blockade'],
          paragraph: 0,
        },
      ],
      events: [],
    });
    const onEvent = await store.disputes({ eventId: 'evt_blockade' }, ALL);
    expect(onEvent.edges.map((e) => [e.node.statement.id, e.node.disputedByIds])).toEqual([
      ['stm_17', ['stm_union']],
      ['stm_union', ['stm_17']],
    ]);
    expect((await store.disputes({ eventId: 'evt_drill' }, ALL)).totalCount).toBe(0);
    await store.replace(apiFixture());
  });

  it('logs curation and rebuilds the graph with it, atomically', async () => {
    const version = await store.version();
    await store.curate({ op: 'addAlias', entity: 'per_holt', name: 'The Iron Minister' });
    expect(await store.version()).not.toBe(version);
    expect((await store.entitiesByNames(['the iron minister']))[0]?.id).toBe('per_holt');
    await store.curate({ op: 'removeAlias', entity: 'per_holt', name: 'Holt' });
    expect((await store.entitiesByNames(['Holt']))[0]).toBeNull();
    expect((await store.curationLog()).map((e) => e.op.op)).toEqual(['addAlias', 'removeAlias']);
  });

  it('merges entities: statements, mentions, roles and names move to the target', async () => {
    const before = await store.entityCounts(['cty_nor', 'per_varga']);
    await store.curate({
      op: 'mergeEntities',
      into: 'cty_nor',
      intoName: 'Norland',
      intoType: 'Country',
      from: ['per_varga'],
    });
    expect((await store.entitiesByIds(['per_varga']))[0]).toBeNull();
    expect((await store.entitiesByNames(['Ilya Varga']))[0]?.id).toBe('cty_nor');
    const [after] = await store.entityCounts(['cty_nor']);
    expect(after!.statements).toBe(before[0]!.statements + before[1]!.statements);
    expect(after!.articles).toBe(6);
  });

  it('deletes an article with its statements and mentions, and entities left with none', async () => {
    await store.curate({ op: 'deleteArticle', id: 'art_analysis' });
    expect((await store.articlesByIds(['art_analysis']))[0]).toBeNull();
    expect((await store.statementsByIds(['stm_41', 'stm_40'])).map((s) => s?.id ?? null)).toEqual([
      null,
      'stm_40',
    ]);
    // Marchetti and Channel Nine appear in that article only.
    expect(
      (await store.entitiesByIds(['per_marchetti', 'org_ch9', 'cty_ost'])).map((e) => e?.id ?? null),
    ).toEqual([null, null, 'cty_ost']);
  });

  it('splits an alias into an entity of its own, and re-applies the log on every reseed', async () => {
    await store.curate({
      op: 'splitAlias',
      entity: 'cty_ost',
      name: 'Tellin',
      newId: 'cty_tellin',
      type: 'Country',
    });
    expect((await store.entitiesByNames(['Tellin']))[0]?.id).toBe('cty_tellin');
    expect((await store.entitiesByIds(['cty_ost']))[0]!.aliases).not.toContain('Tellin');
    await store.replace(apiFixture());
    expect((await store.articlesByIds(['art_analysis']))[0]).toBeNull();
    expect((await store.entitiesByIds(['per_varga']))[0]).toBeNull();
    expect((await store.entitiesByNames(['the iron minister', 'Tellin'])).map((e) => e?.id)).toEqual([
      'per_holt',
      'cty_tellin',
    ]);
  });

  it('applies the log to what is merged in later: a merged entity does not come back', async () => {
    await store.merge({
      articles: [
        {
          id: 'art_varga_returns',
          title: 'Varga Speaks Again',
          publishedAt: '2031-03-01',
          captions: [],
          paragraphs: ['Ilya Varga said the harbour was open.'],
        },
      ],
      entities: [{ id: 'per_varga', type: 'Person', name: 'Ilya Varga', aliases: ['Varga'] }],
      mentions: [{ articleId: 'art_varga_returns', entityId: 'per_varga', count: 1 }],
      statements: [
        {
          id: 'stm_varga_returns',
          articleId: 'art_varga_returns',
          speakerId: 'per_varga',
          text: 'the harbour was open',
          kind: 'reported',
          cue: 'said',
          aboutIds: [],
          paragraph: 0,
        },
      ],
      events: [],
    });
    expect((await store.entitiesByIds(['per_varga']))[0]).toBeNull();
    expect((await store.statementsByIds(['stm_varga_returns']))[0]!.speakerId).toBe('cty_nor');
  });
}
