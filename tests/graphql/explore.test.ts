import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server.js';
import { gql } from '../support/graphql-client.js';
import { apiFixture } from '../support/api-fixture.js';
import { openSeededStore } from '../support/seeded-store.js';

let app: App;
let cleanup: () => Promise<void>;
let ids: { holt: string; norland: string; ostmark: string };
beforeAll(async () => {
  const seeded = await openSeededStore();
  cleanup = seeded.cleanup;
  app = createApp(seeded.store);
  const { body } = await gql(
    app,
    `{ holt: entity(name: "Holt") { id } norland: entity(name: "Norland") { id } ostmark: entity(name: "Ostmark") { id } }`,
  );
  ids = { holt: body.data.holt.id, norland: body.data.norland.id, ostmark: body.data.ostmark.id };
});
afterAll(() => cleanup?.());

describe('search', () => {
  it('ranks entities by name and alias, tolerating case and word beginnings', async () => {
    const { body } = await gql(
      app,
      `{ search(query: "BREKK", first: 3) { score node { __typename ... on Entity { name } } } }`,
    );
    expect(body.data.search[0].node).toEqual({ __typename: 'Person', name: 'Jonas Brekke' });
    expect(body.data.search[0].score).toBeGreaterThan(0);
  });

  it('finds statements by their words and filters by entity type', async () => {
    const text = await gql(
      app,
      `{ search(query: "appalling campaign") { node { __typename ... on Statement { text } } } }`,
    );
    expect(text.body.data.search[0].node.__typename).toBe('Statement');
    expect(text.body.data.search[0].node.text).toMatch(/appalling campaign/);
    // "ostmark" is also in statement texts; typed, only the country comes back.
    const untyped = await gql(app, `{ search(query: "ostmark") { node { __typename } } }`);
    expect(untyped.body.data.search.map((h: any) => h.node.__typename)).toContain('Statement');
    const typed = await gql(app, `{ search(query: "ostmark", types: [Country]) { node { __typename } } }`);
    expect(typed.body.data.search.map((h: any) => h.node.__typename)).toEqual(['Country']);
  });

  it('tolerates diacritics both ways', async () => {
    const names = (hits: any[]) => hits.map((h: any) => h.node.name);
    const { body } = await gql(
      app,
      `{ a: search(query: "Élodie") { node { ... on Entity { name } } } b: search(query: "elodie") { node { ... on Entity { name } } }
         c: search(query: "Ostmärk") { node { ... on Entity { name } } } }`,
    );
    expect(names(body.data.a)).toContain('Élodie Marchetti');
    expect(names(body.data.b)).toContain('Élodie Marchetti');
    expect(names(body.data.c)).toContain('Ostmark');
  });

  it('refuses an empty query and too many results with clear errors', async () => {
    expect((await gql(app, `{ search(query: "  ") { score } }`)).body.errors![0]!.message).toMatch(
      /"query" must not be empty/,
    );
    expect((await gql(app, `{ search(query: "x", first: 50) { score } }`)).body.errors).toBeUndefined();
    expect(
      (await gql(app, `query($n: Int) { search(query: "x", first: $n) { score } }`, { n: 51 })).body
        .errors![0]!.message,
    ).toMatch(/"first" must be between 1 and 50/);
  });
});

describe('relationships', () => {
  it('connects Maren Holt to Norland in two hops, through a statement or an article', async () => {
    const { body } = await gql(
      app,
      `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { nodes { id label type } edges { source target type } } }`,
      { from: ids.holt, to: ids.norland },
    );
    const path = body.data.path;
    expect(path.nodes).toHaveLength(3);
    expect(path.nodes[0]).toMatchObject({ id: ids.holt, label: 'Maren Holt', type: 'Person' });
    expect(path.nodes[2]).toMatchObject({ id: ids.norland, type: 'Country' });
    const [holt, middle, norland] = path.nodes.map((n: any) => n.id);
    // Both two-hop routes exist in the fixture; which one a shortest-path search finds first is the
    // engine's business, but each must be told with its real edges in order.
    if (path.nodes[1].type === 'Statement') {
      expect(path.edges).toEqual([
        { source: holt, target: middle, type: 'SAID' },
        { source: middle, target: norland, type: 'ABOUT' },
      ]);
    } else {
      expect(path.nodes[1].type).toBe('Article');
      expect(path.edges).toEqual([
        { source: middle, target: holt, type: 'MENTIONS' },
        { source: middle, target: norland, type: 'MENTIONS' },
      ]);
    }
  });

  it('returns null when no path fits in maxHops, and bounds maxHops', async () => {
    const far = await gql(
      app,
      `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 1) { nodes { id } } }`,
      { from: ids.holt, to: ids.ostmark },
    );
    expect(far.body.errors).toBeUndefined();
    expect(far.body.data.path).toBeNull();
    const near = await gql(
      app,
      `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 3) { nodes { id } } }`,
      { from: ids.holt, to: ids.ostmark },
    );
    expect(near.body.data.path.nodes.length).toBeGreaterThan(2);
    const bad = await gql(
      app,
      `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 60) { nodes { id } } }`,
      { from: ids.holt, to: ids.ostmark },
    );
    expect(bad.body.errors![0]!.message).toMatch(/"maxHops" must be between 1 and 6/);
  });

  it('lists related entities with reasons and weights, strongest first', async () => {
    const { body } = await gql(
      app,
      `{ entity(name: "Holt") { related(first: 5) { weight reasons entity { name } } } }`,
    );
    const related = body.data.entity.related;
    expect(related).toHaveLength(5);
    expect(related[0].entity.name).toBe('Norland');
    expect(related[0].reasons).toContain('said something about it');
    const valdoria = related.find((r: any) => r.entity.name === 'Valdoria');
    expect(valdoria.reasons).toContain('holds a role');
    const weights = related.map((r: any) => r.weight);
    expect(weights).toEqual([...weights].sort((a: number, b: number) => b - a));
  });

  it('tells an entity story by date', async () => {
    const { body } = await gql(
      app,
      `query($id: ID!) { timeline(entity: $id, first: 50) { date statement { text } event { name } } }`,
      { id: ids.ostmark },
    );
    const timeline = body.data.timeline;
    const dated = timeline.filter((t: any) => t.date).map((t: any) => t.date);
    expect(dated.length).toBeGreaterThan(3);
    expect(dated).toEqual([...dated].sort());
    // The drill (an event, 20 January) comes before the statements reported on the 21st.
    expect(timeline[0]).toMatchObject({
      date: '2031-01-20',
      event: { name: 'Kaldera Strait naval drill' },
      statement: null,
    });
    expect(timeline.some((t: any) => t.statement)).toBe(true);
    // Undated statements (an undated article) come last.
    expect(timeline.at(-1).date).toBeNull();
  });
});

describe('neighborhood for visualization', () => {
  it('returns nodes with global ids usable by node(id:), and edges among them', async () => {
    const { body } = await gql(
      app,
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 200) { nodes { id label type } edges { id source target type } } }`,
      { ids: [ids.holt] },
    );
    const { nodes, edges } = body.data.neighborhood;
    expect(nodes[0]).toMatchObject({ id: ids.holt, label: 'Maren Holt', type: 'Person' });
    const nodeIds = new Set(nodes.map((n: any) => n.id));
    for (const e of edges) {
      expect(nodeIds.has(e.source)).toBe(true);
      expect(nodeIds.has(e.target)).toBe(true);
    }
    expect(edges.map((e: any) => e.type)).toContain('SAID');
    const refetch = await gql(app, `query($id: ID!) { node(id: $id) { __typename } }`, {
      id: nodes.find((n: any) => n.type === 'Statement').id,
    });
    expect(refetch.body.data.node.__typename).toBe('Statement');
  });

  it('expands: the union of two neighbourhoods merges on ids', async () => {
    const one = await gql(app, `query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }`, {
      ids: [ids.holt],
    });
    const both = await gql(app, `query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }`, {
      ids: [ids.holt, ids.norland],
    });
    const a = new Set(one.body.data.neighborhood.nodes.map((n: any) => n.id));
    const b = new Set(both.body.data.neighborhood.nodes.map((n: any) => n.id));
    for (const id of a) expect(b.has(id)).toBe(true);
    expect(b.size).toBeGreaterThan(a.size);
  });

  it('bounds depth and limit', async () => {
    const deep = await gql(
      app,
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 9) { nodes { id } } }`,
      { ids: [ids.holt] },
    );
    expect(deep.body.errors![0]!.message).toMatch(/"depth" must be between 1 and 3/);
    const few = await gql(
      app,
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 7) { nodes { id } } }`,
      { ids: [ids.holt] },
    );
    expect(few.body.data.neighborhood.nodes).toHaveLength(7);
  });
});

describe('graph exports over HTTP', () => {
  const fetchText = async (path: string) => {
    const response = await app.fetch(`http://localhost${path}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  it('exports a neighbourhood that graphology and cytoscape load with the same counts as the API', async () => {
    const api = await gql(
      app,
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 200) { nodes { id } edges { id } } }`,
      { ids: [ids.holt] },
    );
    const expected = {
      nodes: api.body.data.neighborhood.nodes.length,
      edges: api.body.data.neighborhood.edges.length,
    };
    const q = `?ids=${encodeURIComponent(ids.holt)}&depth=1&limit=200`;

    const g1 = gexf.parse(MultiDirectedGraph, (await fetchText(`/export/graph.gexf${q}`)).text);
    expect({ nodes: g1.order, edges: g1.size }).toEqual(expected);
    const g2 = graphml.parse(MultiDirectedGraph, (await fetchText(`/export/graph.graphml${q}`)).text);
    expect({ nodes: g2.order, edges: g2.size }).toEqual(expected);
    const json = await fetchText(`/export/cytoscape.json${q}`);
    expect(json.type).toMatch(/application\/json/);
    const cy = cytoscape({ headless: true, elements: JSON.parse(json.text).elements });
    expect({ nodes: cy.nodes().length, edges: cy.edges().length }).toEqual(expected);
    expect(cy.getElementById(ids.holt).data('label')).toBe('Maren Holt');
  });

  it('exports the whole graph when no ids are given', async () => {
    const doc = apiFixture();
    const g = gexf.parse(MultiDirectedGraph, (await fetchText('/export/graph.gexf')).text);
    expect(g.order).toBe(
      doc.articles.length + doc.statements.length + doc.entities.length + doc.events.length,
    );
    expect(g.size).toBeGreaterThan(g.order);
    const said = g.filterEdges((_e, attributes) => attributes.type === 'SAID');
    expect(said).toHaveLength(doc.statements.filter((st) => st.speakerId).length);
  });

  it('refuses bad parameters with 400 and a message', async () => {
    const bad = await fetchText('/export/cytoscape.json?ids=nonsense');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toMatch(/global ids/);
    expect((await fetchText('/export/graph.gexf?limit=0')).status).toBe(400);
  });
});
